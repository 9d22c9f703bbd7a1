from nettverk.cli.main import main

main()
