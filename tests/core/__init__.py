"""The core tier: tests of annotations/ (the command line may drive them), no terminal."""
