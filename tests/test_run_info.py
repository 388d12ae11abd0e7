from trainers.run_info import describe_setup


def test_describe_setup_names_zero_stage_and_gpu_memory() -> None:
    deepspeed = {"distributed": "DEEPSPEED", "zero_stage": 2, "processes": 8, "peak_gpu_memory_mib": 2345}
    assert describe_setup(deepspeed) == "DEEPSPEED (ZeRO-2), 8 process(es), peak GPU memory 2345 MiB"
    cpu = {"distributed": "NO", "zero_stage": None, "processes": 1, "peak_gpu_memory_mib": None}
    assert describe_setup(cpu) == "NO, 1 process(es)"
