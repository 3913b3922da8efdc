"""A reader for the plain YAML of the congress-legislators data (Python 3 standard library only).

It reads block mappings and sequences by indentation, "- " items (scalars or
mappings), plain, single- and double-quoted scalars and "#" comments; all scalars
stay strings.  That is the whole shape of legislators-current.yaml and
executive.yaml.  Anything else (flow collections "[a, b]", anchors, multi-line
scalars) is rejected with the line number rather than misread.
"""
import re


class YamlError(ValueError):
    pass


def _scalar(text, n):
    t = text.strip()
    if not t:
        return None
    if t[0] == "'":
        if len(t) < 2 or t[-1] != "'":
            raise YamlError('line %d: unclosed quote' % n)
        return t[1:-1].replace("''", "'")
    if t[0] == '"':
        if len(t) < 2 or t[-1] != '"':
            raise YamlError('line %d: unclosed quote' % n)
        return bytes(t[1:-1], 'utf-8').decode('unicode_escape') if '\\' in t else t[1:-1]
    if t in ('~', 'null', 'Null', 'NULL'):
        return None
    if t[0] in '[{&*|>!%@`':
        raise YamlError('line %d: unsupported YAML %r' % (n, t))
    return t


def _strip_comment(line):
    out, quote = [], None
    for i, c in enumerate(line):
        if quote:
            if c == quote:
                quote = None
        elif c in '\'"' and (i == 0 or line[i - 1] in ' :-'):
            quote = c
        elif c == '#' and (i == 0 or line[i - 1] == ' '):
            break
        out.append(c)
    return ''.join(out).rstrip()


KEY = re.compile(r'^([^\s:\'"][^:]*?|\'[^\']*\'|"[^"]*"):(?:\s+(.*))?$')


def loads(text):
    lines = []
    for n, raw in enumerate(text.splitlines(), 1):
        s = _strip_comment(raw)
        if not s.strip() or s.strip() in ('---', '...'):
            continue
        if '\t' in s[:len(s) - len(s.lstrip())]:
            raise YamlError('line %d: tab in indentation' % n)
        lines.append([len(s) - len(s.lstrip()), s.strip(), n])
    value, i = _block(lines, 0, 0)
    if i != len(lines):
        raise YamlError('line %d: unexpected indentation' % lines[i][2])
    return value


def _block(lines, i, indent):
    if i >= len(lines) or lines[i][0] < indent:
        return None, i
    indent = lines[i][0]
    if lines[i][1].startswith('- ') or lines[i][1] == '-':
        return _sequence(lines, i, indent)
    return _mapping(lines, i, indent)


def _sequence(lines, i, indent):
    out = []
    while i < len(lines) and lines[i][0] == indent and (lines[i][1].startswith('- ') or lines[i][1] == '-'):
        rest = lines[i][1][2:] if lines[i][1] != '-' else ''
        n = lines[i][2]
        if not rest.strip():
            value, i = _block(lines, i + 1, indent + 1)
        elif KEY.match(rest):
            # "- key: value" opens a mapping whose keys sit two columns further in
            lines[i] = [indent + 2, rest, n]
            value, i = _mapping(lines, i, indent + 2)
        else:
            value, i = _scalar(rest, n), i + 1
        out.append(value)
    return out, i


def _mapping(lines, i, indent):
    out = {}
    while i < len(lines) and lines[i][0] == indent:
        m = KEY.match(lines[i][1])
        if not m:
            raise YamlError('line %d: expected "key: value", got %r' % (lines[i][2], lines[i][1]))
        key = _scalar(m.group(1), lines[i][2])
        if m.group(2) is not None and m.group(2).strip():
            out[key] = _scalar(m.group(2), lines[i][2])
            i += 1
        else:
            # a nested block: deeper, or a sequence at the same indentation
            nxt = lines[i + 1] if i + 1 < len(lines) else None
            if nxt and (nxt[0] > indent or nxt[0] == indent and nxt[1].startswith('- ')):
                out[key], i = _block(lines, i + 1, nxt[0])
            else:
                out[key], i = None, i + 1
    if i < len(lines) and lines[i][0] > indent:
        raise YamlError('line %d: unexpected indentation' % lines[i][2])
    return out, i


def load(path):
    with open(path, encoding='utf-8') as f:
        return loads(f.read())
