"""`python -m mxgateway` runs the mxgw-py CLI."""

from mxgateway.cli import main

raise SystemExit(main())
