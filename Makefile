# Convenience targets; each is one script that also works without make.
.PHONY: run test dist

run:
	bash scripts/run.sh

test:
	bash scripts/test.sh

dist:
	bash scripts/build.sh
