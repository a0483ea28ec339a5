#!/usr/bin/env python3
# Test launcher for the real hydrus server (../shared/peers/hydrus), unmodified except for two settings a test
# needs: the admin service's port (hydrus fixes it at 45870; tests take a free loopback port) and how often the
# server checks whether a repository update is due (hydrus checks every 240 s; tests use short update periods).
# usage: hydrus_peer.py HYDRUS_DIR DB_DIR ADMIN_PORT
import os
import sys

hydrus_dir, db_dir, admin_port = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, hydrus_dir)
os.chdir(hydrus_dir)

from hydrus.core import HydrusConstants
from hydrus.core.networking import HydrusNetwork

HydrusConstants.DEFAULT_SERVER_ADMIN_PORT = admin_port
HydrusNetwork.UPDATE_CHECKING_PERIOD = 1

sys.argv = [os.path.join(hydrus_dir, 'hydrus_server.py'), '-d', db_dir]
from hydrus import hydrus_server_boot
hydrus_server_boot.boot()
