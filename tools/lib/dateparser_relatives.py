#!/usr/bin/python3
"""tools/lib/dateparser_relatives.py OUT.tsv: exports dateparser 1.1's relative phrase patterns (each locale's
'relative-type-regex', e.g. "\\1 month ago" <- "(\\d+[.,]?\\d*) ماه پیش") from Debian's python3-dateparser into the
table HydraEngine.Strings embeds (Conversions/Dates/Dateparser/DateparserRelatives.tsv): one line per pattern,
locale, English key and pattern, in dateparser's order, the patterns NFKD-normalised without marks as dateparser's
default settings (NORMALIZE) use them. Data only: the engine builds its split, match and translation regexes from it.
"""

import sys

from dateparser.languages.loader import default_loader
from dateparser.utils import normalize_unicode


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    rows = []
    for locale in default_loader.get_locales():
        for key, patterns in locale.info.get('relative-type-regex', {}).items():
            for pattern in patterns:
                pattern = normalize_unicode(pattern)
                if '\t' in pattern or '\n' in pattern or '\t' in key:
                    sys.exit('a pattern holds a tab or a line feed: {!r}'.format(pattern))
                rows.append('{}\t{}\t{}'.format(locale.shortname, key, pattern))
    with open(sys.argv[1], 'w', encoding='utf-8', newline='\n') as out:
        out.write('\n'.join(rows) + '\n')
    print('{} patterns'.format(len(rows)))


if __name__ == '__main__':
    main()
