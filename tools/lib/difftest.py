#!/usr/bin/python3
"""tools/lib/difftest.py: the project's side of tools/difftest (the harness itself stays in ../shared/oracle/differential).

    difftest.py check-modules                 exit 1 and print the missing module names when hydrus cannot run
    difftest.py run-ours DIR HYDRA_DLL        every case of DIR/cases through one `hydra parse --batch --json` process
                                              (restarted past a case that kills it), written as DIR/cases/<id>/ours.json
    difftest.py report DIR SEED TARGET DATE   agreement overall, outside/inside easy date decode and per class, from
                                              DIR/results.jsonl (compare.py); exit 1 below the targets
"""

import collections
import importlib.util
import json
import os
import subprocess
import sys
import time

MODULES = ( 'bs4', 'html5lib', 'lxml', 'dateparser', 'dateutil', 'send2trash', 'PIL', 'numpy', 'cv2', 'yaml', 'lz4', 'chardet', 'requests', 'twisted', 'cbor2', 'psutil' )

EASY_DATE = 'conv:dateparser_decode'


def check_modules():
    missing = [ m for m in MODULES if importlib.util.find_spec( m ) is None ]
    if missing:
        print( ', '.join( missing ) )
        return 1
    return 0


def page_name( case_dir ):
    for name in ( 'page.html', 'page.json' ):
        if os.path.exists( os.path.join( case_dir, name ) ):
            return name
    return 'page.html'


def write_ours( case_dir, out ):
    with open( os.path.join( case_dir, 'ours.json' ), 'w', encoding = 'utf-8' ) as f:
        json.dump( out, f, ensure_ascii = True, indent = 1 )


def run_ours( run_dir, dll ):
    cases_dir = os.path.join( os.path.abspath( run_dir ), 'cases' )
    pending = sorted( os.listdir( cases_dir ) )
    env = dict( os.environ, TZ = 'UTC', DOTNET_CLI_TELEMETRY_OPTOUT = '1', DOTNET_NOLOGO = '1' )
    t0 = time.time()
    processes = 0
    while pending:
        batch = os.path.join( run_dir, 'batch.jsonl' )
        with open( batch, 'w', encoding = 'utf-8' ) as f:
            for cid in pending:
                d = os.path.join( cases_dir, cid )
                with open( os.path.join( d, 'case.json' ), encoding = 'utf-8' ) as c:
                    url = json.load( c )[ 'url' ]
                f.write( json.dumps( { 'id' : cid, 'parser' : os.path.join( d, 'parser.hydrus.json' ), 'url' : url, 'page' : os.path.join( d, page_name( d ) ) } ) + '\n' )
        processes += 1
        p = subprocess.Popen( [ 'dotnet', dll, 'parse', '--batch', batch, '--json' ], stdout = subprocess.PIPE, stderr = subprocess.PIPE, env = env, text = True, encoding = 'utf-8' )
        done = set()
        for line in p.stdout:
            out = json.loads( line )
            cid = out.pop( 'id' )
            out.update( crash = None, rc = 0, stderr = '' )
            write_ours( os.path.join( cases_dir, cid ), out )
            done.add( cid )
        stderr = p.stderr.read()
        rc = p.wait()
        pending = [ cid for cid in pending if cid not in done ]
        if pending:
            # the process died on the first case it did not answer: that case crashed, the rest run again
            first = ( stderr.strip().splitlines() or [ '' ] )[0][:300]
            write_ours( os.path.join( cases_dir, pending[0] ), { 'crash' : 'rc={} {}'.format( rc, first ), 'error' : None, 'posts' : [], 'rc' : rc, 'stderr' : stderr[-3000:] } )
            pending = pending[1:]
    print( 'ours: {} processes, done in {:.0f}s'.format( processes, time.time() - t0 ), file = sys.stderr )
    return 0


def rate( agree, cases ):
    return 100.0 * agree / cases if cases else 100.0


def report( run_dir, seed, target, date_target ):
    rows = [ json.loads( line ) for line in open( os.path.join( run_dir, 'results.jsonl' ), encoding = 'utf-8' ) ]
    crashed = [ r for r in rows if r[ 'verdict' ] == 'hydrus_error' ]
    judged = [ r for r in rows if r[ 'verdict' ] != 'hydrus_error' ]
    dated = [ r for r in judged if EASY_DATE in r[ 'features' ][ 'step' ] ]
    undated = [ r for r in judged if EASY_DATE not in r[ 'features' ][ 'step' ] ]
    agree = lambda rs: sum( 1 for r in rs if r[ 'verdict' ] == 'agree' )
    print( 'seed {}: {} cases, hydrus crashed on {} (not judged)'.format( seed, len( rows ), len( crashed ) ) )
    print( '  all:                     {:5d} / {:5d} agree  {:7.3f}%'.format( agree( judged ), len( judged ), rate( agree( judged ), len( judged ) ) ) )
    print( '  outside easy date decode: {:5d} / {:5d} agree  {:7.3f}%  (target {}%)'.format( agree( undated ), len( undated ), rate( agree( undated ), len( undated ) ), target ) )
    print( '  easy date decode:        {:5d} / {:5d} agree  {:7.3f}%  (target {}%)'.format( agree( dated ), len( dated ), rate( agree( dated ), len( dated ) ), date_target ) )
    for group in ( 'formula', 'rule', 'step', 'content', 'other' ):
        counts = collections.defaultdict( collections.Counter )
        for r in judged:
            for feature in r[ 'features' ][ group ]:
                counts[ feature ][ 'cases' ] += 1
                counts[ feature ][ 'agree' ] += r[ 'verdict' ] == 'agree'
        cells = [ '{} {}/{}'.format( k, c[ 'agree' ], c[ 'cases' ] ) for ( k, c ) in sorted( counts.items() ) ]
        print( 'by {}: {}'.format( group, ', '.join( cells ) ) )
    signatures = collections.Counter( ( r[ 'verdict' ], r[ 'signature' ] ) for r in judged if r[ 'verdict' ] != 'agree' )
    for ( ( verdict, signature ), n ) in signatures.most_common( 20 ):
        examples = [ r[ 'id' ] for r in judged if ( r[ 'verdict' ], r[ 'signature' ] ) == ( verdict, signature ) ][:6]
        print( '  {} x {} {} (e.g. {})'.format( n, verdict, signature, ', '.join( examples ) ) )
    ok = rate( agree( undated ), len( undated ) ) >= target and rate( agree( dated ), len( dated ) ) >= date_target
    print( 'difftest: {} (cases and results in {})'.format( 'targets met' if ok else 'BELOW TARGET', run_dir ) )
    return 0 if ok else 1


def main( argv ):
    if argv[ 0 ] == 'check-modules':
        return check_modules()
    if argv[ 0 ] == 'run-ours':
        return run_ours( argv[ 1 ], argv[ 2 ] )
    if argv[ 0 ] == 'report':
        return report( argv[ 1 ], argv[ 2 ], float( argv[ 3 ] ), float( argv[ 4 ] ) )
    print( __doc__, file = sys.stderr )
    return 2


if __name__ == '__main__':
    sys.exit( main( sys.argv[ 1: ] ) )
