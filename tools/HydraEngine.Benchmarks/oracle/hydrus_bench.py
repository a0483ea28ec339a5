#!/usr/bin/python3
"""The hydrus side of tools/bench: hydrus itself (../shared/peers/hydrus, imported, never copied) parses a corpus page
or decodes the corpus PNGs, so that our figures sit beside hydrus's measured in the same run.

    /usr/bin/python3 hydrus_bench.py ORACLE_DIR HYDRUS_DIR CORPUS_DIR once PAIR
        a cold process: imports hydrus, loads the pair's parser PNG, reads the page, parses it once, prints the
        number of posts and exits (tools/bench times the whole process from outside)
    /usr/bin/python3 hydrus_bench.py ORACLE_DIR HYDRUS_DIR CORPUS_DIR serve
        a long-lived process for warm figures; reads one request per line on stdin and answers one JSON line:
        "parse PAIR N"  -> {"ms": [N timings of PageParser.Parse, parsing cache cleared before each]}
        "decode N"      -> {"ms": [N timings of a whole pass over every corpus PNG], "files": F}
        "quit"
    Each answer line starts with "@@ "; other lines on stdout are hydrus talking and are ignored.

ORACLE_DIR is ../shared/oracle (its hydrus_env sets hydrus up headless: Qt stubbed, a minimal controller).
"""

import json
import os
import sys
import time

# answers start with this, so that anything hydrus's imports print on stdout is told apart
ANSWER = '@@ '


def setup( oracle_dir, hydrus_dir ):

    sys.path.insert( 0, oracle_dir )

    import hydrus_env

    hydrus_env.setup( hydrus_dir )

    # only what a downloader PNG holds: parsers, string processing, url classes, GUGs, domain metadata, login scripts
    from hydrus.client.parsing import ClientParsing  # noqa: F401
    from hydrus.client import ClientStrings  # noqa: F401
    from hydrus.client.networking import ClientNetworkingURLClass, ClientNetworkingGUG, ClientNetworkingDomain, ClientNetworkingLogin  # noqa: F401

    return hydrus_env


def load_parser( hydrus_env, corpus, pair ):

    from hydrus.core import HydrusSerialisable
    from hydrus.core import HydrusText

    with open( os.path.join( corpus, 'expected', 'parse', pair + '.json' ), 'r', encoding = 'utf-8' ) as f:

        expected = json.load( f )

    payload = hydrus_env.load_payload_from_png( os.path.join( corpus, expected[ 'parser_file' ] ) )

    obj = HydrusSerialisable.CreateFromNetworkBytes( payload, raise_error_on_future_version = True )

    objects = list( obj ) if isinstance( obj, HydrusSerialisable.SerialisableList ) else [ obj ]

    parser = [ o for o in objects if getattr( o, 'GetName', None ) is not None and o.GetName() == expected[ 'parser' ] and hasattr( o, 'Parse' ) ][ 0 ]

    with open( os.path.join( corpus, expected[ 'page_file' ] ), 'rb' ) as f:

        data = f.read()

    ( text, encoding ) = HydrusText.NonFailingUnicodeDecode( data, 'utf-8', trust_the_encoding = True )

    return ( parser, text, expected[ 'parsing_context' ] )


def parse_once( hydrus_env, parser, text, context ):

    from hydrus.core import HydrusExceptions

    hydrus_env.CONTROLLER.parsing_cache.Clear()

    try:

        return parser.Parse( dict( context ), text )

    except ( HydrusExceptions.VetoException, HydrusExceptions.ParseException ):

        return []


def list_pngs( corpus ):

    paths = []

    for ( dirpath, dirnames, filenames ) in os.walk( os.path.join( corpus, 'objects' ) ):

        dirnames.sort()

        paths.extend( os.path.join( dirpath, name ) for name in sorted( filenames ) if name.lower().endswith( '.png' ) )

    return paths


def decode_pass( paths ):

    from hydrus.client import ClientSerialisable
    from hydrus.core import HydrusSerialisable

    for path in paths:

        try:

            HydrusSerialisable.CreateFromNetworkBytes( ClientSerialisable.LoadFromPNG( path ), raise_error_on_future_version = True )

        except Exception:

            pass


def serve( hydrus_env, corpus ):

    parsers = {}
    pngs = None

    for line in sys.stdin:

        words = line.split()

        if len( words ) == 0:

            continue

        if words[ 0 ] == 'quit':

            break

        timings = []

        with hydrus_env.CaptureStdout():

            if words[ 0 ] == 'parse':

                if words[ 1 ] not in parsers:

                    parsers[ words[ 1 ] ] = load_parser( hydrus_env, corpus, words[ 1 ] )

                ( parser, text, context ) = parsers[ words[ 1 ] ]

                for i in range( int( words[ 2 ] ) ):

                    started = time.perf_counter()

                    parse_once( hydrus_env, parser, text, context )

                    timings.append( ( time.perf_counter() - started ) * 1000.0 )

                answer = { 'ms' : timings }

            elif words[ 0 ] == 'decode':

                if pngs is None:

                    hydrus_env.import_all_serialisable_modules()

                    pngs = list_pngs( corpus )

                for i in range( int( words[ 1 ] ) ):

                    started = time.perf_counter()

                    decode_pass( pngs )

                    timings.append( ( time.perf_counter() - started ) * 1000.0 )

                answer = { 'ms' : timings, 'files' : len( pngs ) }

            else:

                answer = { 'error' : 'unknown request ' + words[ 0 ] }

        sys.stdout.write( ANSWER + json.dumps( answer ) + '\n' )
        sys.stdout.flush()


def main():

    ( oracle_dir, hydrus_dir, corpus, mode ) = sys.argv[ 1 : 5 ]

    hydrus_env = setup( oracle_dir, hydrus_dir )

    if mode == 'once':

        with hydrus_env.CaptureStdout():

            ( parser, text, context ) = load_parser( hydrus_env, corpus, sys.argv[ 5 ] )

            posts = parse_once( hydrus_env, parser, text, context )

        print( len( posts ) )

    elif mode == 'serve':

        sys.stdout.write( ANSWER + json.dumps( { 'ready' : True } ) + '\n' )
        sys.stdout.flush()

        serve( hydrus_env, corpus )

    else:

        sys.exit( 'unknown mode ' + mode )


if __name__ == '__main__':

    main()
