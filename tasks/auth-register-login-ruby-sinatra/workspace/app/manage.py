"""Launcher kept for the operations team's scripts: `python -m app.manage promote <username>`
runs the Ruby maintenance command, bin/manage, with the same arguments."""

import os
import sys

os.execvp("ruby", ["ruby", "bin/manage", *sys.argv[1:]])
