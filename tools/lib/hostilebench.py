"""tools/hostilebench: hostile page sizes through `hydra parse`, one fresh process per case (see tools/hostilebench)."""
import argparse, json, os, signal, subprocess, sys, time

CASES = {
    # name: (shape, element count)
    'nested-10k': ('nested', 10_000), 'nested-200k': ('nested', 200_000),
    'flat-10k': ('flat', 10_000), 'flat-1m': ('flat', 1_000_000),
    # a JSON API page: e621's real posts.json posts, repeated with fresh ids and hashes, read by e621's API parser
    'json-60mb': ('json', 60_000_000),
}
CORPUS_PARSERS = {'html': 'danbooru gallery page parser.png', 'json': 'e621 gallery page api parser.png'}
URLS = {'html': 'https://danbooru.donmai.us/posts?page=2&tags=', 'json': 'https://e621.net/posts.json?limit=75&page=1&tags=rating%3Asafe'}


def json_page(corpus, size):
    """An e621 posts.json page of about `size` bytes: the corpus page's posts cycled, each with its own id and md5."""
    with open(os.path.join(corpus, 'pages', 'e621.net', 'results.json'), encoding='utf-8') as handle:
        real = json.load(handle)['posts']
    texts, total, i = [], 0, 0
    while total < size:
        post = dict(real[i % len(real)])
        md5 = f'{i:032x}'
        post['id'] = 10_000_000 + i
        post['file'] = dict(post['file'], md5=md5, url=f'https://static1.e621.net/data/{md5[:2]}/{md5[2:4]}/{md5}.png')
        texts.append(json.dumps(post, separators=(',', ':')))
        total += len(texts[-1]) + 1
        i += 1
    return '{"posts":[' + ','.join(texts) + ']}', i


def page(shape, elements):
    """A gallery page of the shape danbooru's parser reads: post previews with a container and a link."""
    head = '<html><head><link rel="next" href="/posts?page=3"></head><body>'
    if shape == 'nested':
        levels = elements - 2
        return (head + '<div class="post-preview">' * levels
                + '<div class="post-preview-container"><a href="/posts/1">a</a></div>' + '</div>' * levels + '</body></html>')
    items = ''.join(f'<article class="post-preview" id="p{i}"><div class="post-preview-container"><a href="/posts/{i}">x</a></div></article>'
                    for i in range(elements // 3))
    return head + '<div id="posts">' + items + '</div></body></html>'


def measure(argv, out_path, timeout):
    """Runs argv with stdout in out_path; returns (exit code or None on a hang, seconds, peak RSS in MB)."""
    actions = [(os.POSIX_SPAWN_OPEN, 1, out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
               (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)]
    started = time.monotonic()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=actions)
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), time.monotonic() - started, usage.ru_maxrss / 1024
        if time.monotonic() - started > timeout:
            os.kill(pid, signal.SIGKILL)
            os.wait4(pid, 0)
            return None, time.monotonic() - started, 0
        time.sleep(0.05)


def helper(*arguments):
    """Runs this file in a child process (`--write NAME PATH CORPUS` or `--count PATH`) and returns what it printed."""
    return subprocess.run([sys.executable, __file__, '--' + arguments[0], *arguments[1:]], check=True, capture_output=True, text=True).stdout.strip()


def write_page(name, path, corpus):
    """Writes the case's page to path; prints its element (or post) count."""
    shape, elements = CASES[name]
    with open(path, 'w', encoding='utf-8') as handle:
        if shape == 'json':
            text, elements = json_page(corpus, elements)
        else:
            text = page(shape, elements)
        handle.write(text)
    print(elements)


def count_results(path):
    with open(path) as handle:
        print(sum(len(post['contents']) for post in json.load(handle)['posts']))


def main():
    if sys.argv[1] == '--write':
        return write_page(*sys.argv[2:])
    if sys.argv[1] == '--count':
        return count_results(sys.argv[2])
    root = sys.argv[1]
    options = argparse.ArgumentParser(prog='tools/hostilebench')
    options.add_argument('--sizes', default=','.join(CASES), help='cases to run, comma-separated: ' + ', '.join(CASES))
    options.add_argument('--parser', help='a page parser file (default: danbooru gallery page parser from ../shared/corpus)')
    options.add_argument('--timeout', type=int, default=900, help='seconds per case before it counts as a hang')
    args = options.parse_args(sys.argv[2:])
    corpus = os.path.join(root, '..', 'shared', 'corpus')
    parsers = {shape: os.path.join(corpus, 'objects', 'hydrus-defaults', 'parsers', file) for shape, file in CORPUS_PARSERS.items()}
    if not os.path.exists(parsers['html']):
        parsers['html'] = os.path.join(root, 'parsers', 'fixture-booru', 'fixture booru gallery page parser.json')
    if args.parser:
        parsers = {shape: args.parser for shape in parsers}
    dll = os.path.join(root, 'artifacts', 'cli', 'hydra.dll')
    folder = os.path.join(root, 'artifacts', 'hostilebench')
    os.makedirs(folder, exist_ok=True)
    print(f'parsers: {", ".join(os.path.relpath(parser, root) for parser in parsers.values())}; one fresh `hydra parse --json` process per case')
    print(f'{"case":<12} {"elements":>9} {"page MB":>8} {"seconds":>8} {"peak MB":>8} {"peak/page":>9} {"results":>8}')
    for name in args.sizes.split(','):
        shape, elements = CASES[name]
        kind = 'json' if shape == 'json' else 'html'
        if not os.path.exists(parsers[kind]):
            print(f'{name:<12} skipped: needs {os.path.relpath(parsers[kind], root)} (../shared/corpus is absent)', flush=True)
            continue
        path, out = os.path.join(folder, name + '.' + kind), os.path.join(folder, name + '.out.json')
        # pages are written and results counted by child processes: a child spawned from this one starts with this
        # process's peak memory as its own (Linux keeps the larger high-water mark across exec), so this one stays small
        elements = int(helper('write', name, path, corpus))
        size = os.path.getsize(path) / 1e6
        code, seconds, peak = measure(['dotnet', dll, 'parse', '--parser', parsers[kind], '--url', URLS[kind], path, '--json'], out, args.timeout)
        if code is None:
            results = 'hang'
        elif code != 0:
            results = f'exit {code}'
        else:
            results = int(helper('count', out))
        print(f'{name:<12} {elements:>9} {size:>8.1f} {seconds:>8.2f} {peak:>8.0f} {peak / size:>9.1f} {results:>8}', flush=True)
        os.remove(path)
        os.remove(out)


if __name__ == '__main__':
    main()
