from esc_graph.cli import main

main()
