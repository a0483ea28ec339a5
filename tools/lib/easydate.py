#!/usr/bin/python3
"""tools/lib/easydate.py: our easy date decode (string conversion 14) beside hydrus's (dateparser 1.1, then dateutil).

    easydate.py collect OUT.json DIR...        the texts hydrus's date decode met while parsing the cases of difftest
                                               run folders DIR (artifacts/difftest/seed-S), run again through hydrus
    easydate.py generate OUT.json SEED COUNT   COUNT date texts drawn as the differential's gen.py draws them (its
                                               v_date and fixed strings), clipped and padded as string steps do
    easydate.py compare IN.json... [--show N]  each text through hydrus's ClientTime.ParseDate and through one
                                               `hydra parse --batch` process; prints agreement and the differences

Needs ../shared/oracle/differential and ../shared/peers/hydrus (HYDRUS_PATH) with hydrus's Debian Python packages;
TZ=UTC on both sides, as tools/difftest runs them. Our side is artifacts/cli/hydra.dll (tools/hydra builds it).
"""

import json
import os
import random
import subprocess
import sys
import tempfile

ROOT = os.environ.get( 'HYDRA_ROOT', os.path.normpath( os.path.join( os.path.dirname( os.path.abspath( __file__ ) ), '..', '..' ) ) )
HARNESS = os.path.join( ROOT, '..', 'shared', 'oracle', 'differential' )

os.environ[ 'TZ' ] = 'UTC'
os.environ.setdefault( 'HYDRUS_PATH', os.path.join( ROOT, '..', 'shared', 'peers', 'hydrus' ) )
sys.path.insert( 0, HARNESS )

import common # noqa: E402


def hydrus_parse_date():
    common.setup_hydrus()
    from hydrus.client import ClientTime
    return ClientTime


def collect( out_path, dirs ):
    import hydrus_worker
    client_time = hydrus_parse_date()
    from hydrus.client import ClientStrings
    seen = []
    real = client_time.ParseDate

    def recording( s ):
        seen.append( s )
        return real( s )

    ClientStrings.ClientTime.ParseDate = recording
    for d in dirs:
        cases = os.path.join( d, 'cases' )
        for cid in sorted( os.listdir( cases ) ):
            with tempfile.TemporaryDirectory() as t:
                hydrus_worker.run_one( os.path.join( cases, cid ), os.path.join( t, 'h.json' ) )
    texts = sorted( set( seen ) )
    with open( out_path, 'w', encoding = 'utf-8' ) as f:
        json.dump( texts, f, ensure_ascii = True, indent = 0 )
    print( '{} texts ({} calls) from {} folders'.format( len( texts ), len( seen ), len( dirs ) ) )


def generate( out_path, seed, count ):
    import gen
    r = random.Random( 'easydate-{}'.format( seed ) )
    texts = set()
    while len( texts ) < count:
        s = gen.v_date( r ) if r.random() < 0.8 else r.choice( gen.DATEPARSER_STRINGS )
        v = r.random()
        if v < 0.15:
            s = s[ : r.randint( 0, len( s ) ) ]
        elif v < 0.3:
            s = s[ r.randint( 0, len( s ) ) : ]
        elif v < 0.4:
            s = r.choice( [ 'x', ' ', 'creator:', '/', 'é' ] ) + s
        elif v < 0.5:
            s = s + r.choice( [ 'x', ' ', '1', '/', '😀', '?page=' ] )
        texts.add( s )
    with open( out_path, 'w', encoding = 'utf-8' ) as f:
        json.dump( sorted( texts ), f, ensure_ascii = True, indent = 0 )
    print( '{} texts'.format( len( texts ) ) )


def hydrus_results( texts ):
    client_time = hydrus_parse_date()
    from hydrus.core import HydrusData
    HydrusData.Print = lambda *a, **k: None
    results = {}
    for s in texts:
        try:
            results[ s ] = str( int( client_time.ParseDate( s ) ) )
        except Exception:
            results[ s ] = None
    return results


def our_results( texts ):
    """one page parser (JSON dict key "d" -> easy date decode -> title) over one page per text, in one process"""
    case = { 'id' : 'easydate', 'url' : 'https://example.com/', 'doc_kind' : 'json', 'doc' : { 'root' : [ 'r', {} ], 'style' : 'compact' } }
    formula = { 'k' : 'json', 'rules' : [ [ 0, { 'mt' : 0, 'mv' : 'd' } ] ], 'ctf' : 0, 'sp' : [ { 's' : 'conv', 'c' : [ [ 14, None ] ] } ] }
    case[ 'parser' ] = { 'name' : 'easydate', 'key' : '00' * 32, 'pre' : [], 'subs' : [], 'cps' : [ { 'name' : 'd', 'ct' : 'title', 'info' : 0, 'f' : formula } ] }
    results = {}
    with tempfile.TemporaryDirectory() as t:
        parser = os.path.join( t, 'parser.hydrus.json' )
        with open( parser, 'w', encoding = 'utf-8' ) as f:
            json.dump( common.parser_tuple( case ), f )
        batch = os.path.join( t, 'batch.jsonl' )
        with open( batch, 'w', encoding = 'utf-8' ) as f:
            for ( i, s ) in enumerate( texts ):
                page = os.path.join( t, '{}.json'.format( i ) )
                with open( page, 'w', encoding = 'utf-8' ) as p:
                    json.dump( { 'd' : s }, p )
                f.write( json.dumps( { 'id' : str( i ), 'parser' : parser, 'url' : case[ 'url' ], 'page' : page } ) + '\n' )
        dll = os.path.join( ROOT, 'artifacts', 'cli', 'hydra.dll' )
        p = subprocess.run( [ 'dotnet', dll, 'parse', '--batch', batch, '--json' ], capture_output = True, text = True, encoding = 'utf-8', env = dict( os.environ, TZ = 'UTC' ) )
        for line in p.stdout.splitlines():
            out = json.loads( line )
            values = [ c[ 'value' ] for post in out.get( 'posts', [] ) for c in post[ 'contents' ] ]
            results[ texts[ int( out[ 'id' ] ) ] ] = values[0] if values else None
    return results


def compare( paths, show ):
    texts = []
    for path in paths:
        with open( path, encoding = 'utf-8' ) as f:
            texts.extend( json.load( f ) )
    texts = sorted( set( texts ) )
    theirs = hydrus_results( texts )
    ours = our_results( texts )
    differ = [ s for s in texts if theirs[ s ] != ours.get( s ) ]
    parsed = sum( 1 for s in texts if theirs[ s ] is not None )
    print( '{} texts ({} parsed by hydrus): {} agree, {} differ ({:.1f}%)'.format( len( texts ), parsed, len( texts ) - len( differ ), len( differ ), 100.0 * ( len( texts ) - len( differ ) ) / max( 1, len( texts ) ) ) )
    for s in differ[ : show ]:
        print( '  {!r}: hydrus {} ours {}'.format( s, theirs[ s ], ours.get( s ) ) )
    return 0 if not differ else 1


def main( argv ):
    if len( argv ) >= 3 and argv[1] == 'collect':
        return collect( argv[2], argv[3:] )
    if len( argv ) == 5 and argv[1] == 'generate':
        return generate( argv[2], argv[3], int( argv[4] ) )
    if len( argv ) >= 3 and argv[1] == 'compare':
        show = 1000
        if '--show' in argv:
            i = argv.index( '--show' )
            show = int( argv[ i + 1 ] )
            argv = argv[ : i ] + argv[ i + 2 : ]
        return compare( argv[2:], show )
    print( __doc__, file = sys.stderr )
    return 2


if __name__ == '__main__':
    sys.exit( main( sys.argv ) or 0 )
