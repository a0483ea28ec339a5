#!/usr/bin/python3
"""The hydrus side of tools/repobench: hydrus's own client database (../shared/peers/hydrus, imported, never copied)
processes the same repository update files our engine processes, so that both figures come from the same run.

    /usr/bin/python3 hydrus_repobench.py ORACLE_DIR HYDRUS_DIR UPDATES_TSV UPDATES_DIR DB_DIR

UPDATES_TSV lists "update_index<TAB>sha256 hex" per update file (the files are UPDATES_DIR/<hex>). The script
creates a fresh hydrus client database in DB_DIR (hydrus's ClientDB.DB on its own job thread), adds a tag repository
service through 'update_services', registers the update hashes through 'associate_repository_update_hashes', then
processes every file in hydrus's order (all definitions files, then the content files by update index) through the
same write jobs hydrus's repository service sends ('process_repository_definitions', 'process_repository_content'),
one job per file with a work period long enough to finish it (hydrus at its fastest: no rests between chunks, and
none of the ANALYZE runs its repository service asks for after the first work), reading and decoding each file with
HydrusSerialisable.CreateFromNetworkBytes inside the timing, as hydrus does. It prints one line starting "@@ "
holding JSON: rows, seconds, processor_seconds (the process's, both threads), rows_per_second, definitions and
content rows and seconds, the database size and the mappings it holds.

ORACLE_DIR is ../shared/oracle (hydrus_env sets hydrus up headless: Qt stubbed, a minimal controller). What this
script adds to that controller is only what ClientDB.DB asks of it on boot (a job thread, splash text, messages).
"""

import json
import os
import sys
import threading
import time

ANSWER = '@@ '


class _Quiet( object ):
    """answers any method call with nothing (the boot splash screen hydrus's database writes its progress to)."""

    def __getattr__( self, name ):

        return lambda *args, **kwargs: None


def setup( oracle_dir, hydrus_dir ):

    sys.path.insert( 0, oracle_dir )

    import hydrus_env

    base = hydrus_env.setup( hydrus_dir )

    from hydrus.core import HydrusGlobals as HG
    from hydrus.client import ClientGlobals as CG

    class DatabaseController( hydrus_env.FakeController ):
        """what ClientDB.DB calls on its controller while it boots and works, headless."""

        frame_splash_status = _Quiet()

        def IsBooted( self ):

            # not booted: serialisers then skip their services-manager look-ups (there is no services manager here)
            return False

        def CurrentlyIdle( self ):

            return True

        def CurrentlyVeryIdle( self ):

            return True

        def ShouldStopThisWork( self, *args, **kwargs ):

            return False

        def DoingFastExit( self ):

            return False

        def LastShutdownWasBad( self ):

            return False

        def BlockingSafeShowMessage( self, *args, **kwargs ):

            pass

        def BlockingSafeShowCriticalMessage( self, title, message ):

            raise Exception( '{}: {}'.format( title, message ) )

        def CallToThreadLongRunning( self, callable, *args, **kwargs ):

            threading.Thread( target = callable, args = args, kwargs = kwargs, daemon = True ).start()

    controller = DatabaseController()
    controller.new_options = base.new_options
    controller.parsing_cache = base.parsing_cache

    HG.controller = controller
    CG.client_controller = controller

    # hydrus's default options hold GUI colours, which are Qt stubs here and cannot be written to JSON; the options
    # blob plays no part in repository processing, so it is not stored
    from hydrus.client import ClientOptions
    from hydrus.client.db import ClientDBSerialisable

    set_json_dump = ClientDBSerialisable.ClientDBSerialisable.SetJSONDump

    def set_json_dump_except_options( self, obj, *args, **kwargs ):

        if isinstance( obj, ClientOptions.ClientOptions ):

            return

        return set_json_dump( self, obj, *args, **kwargs )

    ClientDBSerialisable.ClientDBSerialisable.SetJSONDump = set_json_dump_except_options

    return controller


def read_listing( updates_tsv ):

    listing = []

    with open( updates_tsv, 'r', encoding = 'utf-8' ) as f:

        for line in f:

            if line.strip() == '':

                continue

            ( index, hash_hex ) = line.strip().split( '\t' )

            listing.append( ( int( index ), bytes.fromhex( hash_hex ) ) )

    return listing


def add_tag_repository( db ):

    import os as _os

    from hydrus.core import HydrusConstants as HC
    from hydrus.client import ClientServices

    service_key = _os.urandom( 32 )

    services = list( db.Read( 'services' ) )
    services.append( ClientServices.GenerateService( service_key, HC.TAG_REPOSITORY, 'repobench' ) )

    db.Write( 'update_services', True, services )

    return service_key


def associate_updates( db, service_key, listing ):

    from hydrus.core.networking import HydrusNetwork

    metadata = HydrusNetwork.Metadata()

    by_index = {}

    for ( index, update_hash ) in listing:

        by_index.setdefault( index, [] ).append( update_hash )

    now = int( time.time() )

    for index in sorted( by_index ):

        metadata.AppendUpdate( by_index[ index ], now, now, now )

    db.Write( 'associate_repository_update_hashes', True, service_key, metadata )


def process( db, service_key, listing, updates_dir ):

    from hydrus.core import HydrusConstants as HC
    from hydrus.core import HydrusLists
    from hydrus.core import HydrusSerialisable
    from hydrus.core.networking import HydrusNetwork
    from hydrus.client import ClientThreading

    work_period = 1e9 # finish each file in one job: hydrus at its fastest, without rests between work periods
    job_status = ClientThreading.JobStatus( cancellable = True )

    def load( update_hash ):

        with open( os.path.join( updates_dir, update_hash.hex() ), 'rb' ) as f:

            return HydrusSerialisable.CreateFromNetworkBytes( f.read() )

    ordered = sorted( listing, key = lambda pair: pair[ 0 ] )
    content_types = ( HC.CONTENT_TYPE_MAPPINGS, HC.CONTENT_TYPE_TAG_PARENTS, HC.CONTENT_TYPE_TAG_SIBLINGS )

    result = { 'definitions_rows' : 0, 'content_rows' : 0 }

    start = time.perf_counter()
    processor_start = time.process_time()

    content_updates = []

    for ( index, update_hash ) in ordered:

        update = load( update_hash )

        if isinstance( update, HydrusNetwork.DefinitionsUpdate ):

            iterator_dict = {}
            iterator_dict[ 'service_hash_ids_to_hashes' ] = iter( update.GetHashIdsToHashes().items() )
            iterator_dict[ 'service_tag_ids_to_tags' ] = iter( update.GetTagIdsToTags().items() )

            while len( iterator_dict ) > 0:

                result[ 'definitions_rows' ] += db.Write( 'process_repository_definitions', True, service_key, update_hash, iterator_dict, ( HC.CONTENT_TYPE_DEFINITIONS, ), job_status, work_period )

        else:

            content_updates.append( update_hash )

    result[ 'definitions_seconds' ] = time.perf_counter() - start

    content_start = time.perf_counter()

    for update_hash in content_updates:

        update = load( update_hash )

        iterator_dict = {}
        iterator_dict[ 'new_mappings' ] = HydrusLists.SmoothOutMappingIterator( update.GetNewMappings(), 50 )
        iterator_dict[ 'deleted_mappings' ] = HydrusLists.SmoothOutMappingIterator( update.GetDeletedMappings(), 50 )
        iterator_dict[ 'new_parents' ] = iter( update.GetNewTagParents() )
        iterator_dict[ 'deleted_parents' ] = iter( update.GetDeletedTagParents() )
        iterator_dict[ 'new_siblings' ] = iter( update.GetNewTagSiblings() )
        iterator_dict[ 'deleted_siblings' ] = iter( update.GetDeletedTagSiblings() )

        while len( iterator_dict ) > 0:

            result[ 'content_rows' ] += db.Write( 'process_repository_content', True, service_key, update_hash, iterator_dict, content_types, job_status, work_period )

    db.ForceACommit()

    end = time.perf_counter()

    result[ 'content_seconds' ] = end - content_start
    result[ 'seconds' ] = end - start
    result[ 'processor_seconds' ] = time.process_time() - processor_start
    result[ 'rows' ] = result[ 'definitions_rows' ] + result[ 'content_rows' ]
    result[ 'rows_per_second' ] = result[ 'rows' ] / result[ 'seconds' ] if result[ 'seconds' ] > 0 else 0

    return result


def stored_counts( db_dir ):
    """what hydrus's database holds afterwards, read from its files (to check both sides did the same work)."""

    import sqlite3

    connection = sqlite3.connect( os.path.join( db_dir, 'client.db' ) )

    try:

        connection.execute( 'ATTACH ? AS mappings;', ( os.path.join( db_dir, 'client.mappings.db' ), ) )

        ( service_id, ) = connection.execute( 'SELECT service_id FROM services WHERE name = ?;', ( 'repobench', ) ).fetchone()

        ( mappings, ) = connection.execute( 'SELECT COUNT( * ) FROM current_mappings_{};'.format( service_id ) ).fetchone()

        return { 'mappings' : mappings }

    finally:

        connection.close()


def database_bytes( db_dir ):

    return sum( os.path.getsize( os.path.join( db_dir, name ) ) for name in os.listdir( db_dir ) if name.startswith( 'client' ) and os.path.isfile( os.path.join( db_dir, name ) ) )


def main():

    ( oracle_dir, hydrus_dir, updates_tsv, updates_dir, db_dir ) = sys.argv[ 1 : 6 ]

    controller = setup( oracle_dir, hydrus_dir )

    from hydrus.core import HydrusGlobals as HG
    from hydrus.client.db import ClientDB

    os.makedirs( db_dir, exist_ok = True )

    if any( name.startswith( 'client' ) for name in os.listdir( db_dir ) ):

        raise Exception( '{} already holds a hydrus database; give an empty folder'.format( db_dir ) )

    db = ClientDB.DB( controller, db_dir, 'client' )

    try:

        listing = read_listing( updates_tsv )

        service_key = add_tag_repository( db )

        associate_updates( db, service_key, listing )

        result = process( db, service_key, listing, updates_dir )

    finally:

        HG.model_shutdown = True

        db.Shutdown()

        while not db.LoopIsFinished():

            time.sleep( 0.05 )

    result[ 'database_bytes' ] = database_bytes( db_dir )
    result.update( stored_counts( db_dir ) )

    print( ANSWER + json.dumps( result ), flush = True )


if __name__ == '__main__':

    main()
