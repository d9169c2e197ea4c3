#!/usr/bin/env python3
"""Validates every XML part of .docx and .xlsx packages against the ISO/IEC 29500-4:2016
(Transitional) schemas, and checks the package itself (every part has a content type and is
reached by a relationship, every relationship target exists).
Usage: validate.py FILE.docx|FILE.xlsx ...   (needs python3-lxml). Exit 1 when any file has errors."""
import posixpath
import re
import sys
import zipfile
from pathlib import Path

from lxml import etree

S = str(Path(__file__).resolve().parent / 'schemas') + '/'
MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006'
MAP = [(r'\[Content_Types\]\.xml$', 'ecma/fouth-edition/opc-contentTypes.xsd'),
       (r'\.rels$', 'ecma/fouth-edition/opc-relationships.xsd'),
       (r'docProps/core\.xml$', 'ecma/fouth-edition/opc-coreProperties.xsd'),
       (r'docProps/app\.xml$', 'ISO-IEC29500-4_2016/shared-documentPropertiesExtended.xsd'),
       (r'docProps/custom\.xml$', 'ISO-IEC29500-4_2016/shared-documentPropertiesCustom.xsd'),
       (r'customXml/itemProps\d+\.xml$', 'ISO-IEC29500-4_2016/shared-customXmlDataProperties.xsd'),
       (r'word/commentsExtended\.xml$', 'microsoft/wml-2012.xsd'),
       (r'theme/theme\d+\.xml$', 'ISO-IEC29500-4_2016/dml-main.xsd'),
       (r'word/.*\.xml$', 'ISO-IEC29500-4_2016/wml.xsd'),
       (r'xl/.*\.xml$', 'ISO-IEC29500-4_2016/sml.xsd')]
cache = {}


def schema(p):
    if p not in cache:
        cache[p] = etree.XMLSchema(etree.parse(S + p))
    return cache[p]


def mce(root):
    # strip ignorable namespaces (attributes and elements) like a consumer would
    ign = set()
    for el in root.iter():
        v = el.get('{%s}Ignorable' % MC)
        if v:
            for pfx in v.split():
                ns = el.nsmap.get(pfx)
                if ns:
                    ign.add(ns)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            continue
        for a in list(el.attrib):
            if a.startswith('{'):
                ns = a[1:].split('}')[0]
                if ns in ign or ns == MC:
                    del el.attrib[a]
        if el.tag.startswith('{'):
            ns = el.tag[1:].split('}')[0]
            if ns in ign and el.getparent() is not None:
                el.getparent().remove(el)
    return root


def package_problems(z):
    """Parts without a content type, relationships to missing parts, parts nothing links to."""
    names = set(z.namelist())
    found = []
    types = etree.fromstring(z.read('[Content_Types].xml'))
    overrides = {e.get('PartName') for e in types if e.get('PartName')}
    defaults = {e.get('Extension').lower() for e in types if e.get('Extension')}
    for n in names - {'[Content_Types].xml'}:
        if '/' + n not in overrides and n.rsplit('.', 1)[-1].lower() not in defaults:
            found.append(f'{n}: no content type')
    for o in overrides:
        if o[1:] not in names:
            found.append(f'{o}: content type for a missing part')
    linked, queue = {'[Content_Types].xml'}, ['']
    while queue:
        source = queue.pop()
        folder, file = posixpath.split(source)
        rels = posixpath.join(folder, '_rels', file + '.rels')
        if rels not in names:
            continue
        linked.add(rels)
        for rel in etree.fromstring(z.read(rels)):
            if rel.get('TargetMode') == 'External':
                continue
            target = rel.get('Target')
            target = target[1:] if target.startswith('/') else posixpath.normpath(posixpath.join(folder, target))
            if target not in names:
                found.append(f'{rels}: relationship to missing part {target}')
            elif target not in linked:
                linked.add(target)
                queue.append(target)
    found += [f'{n}: not linked by any relationship' for n in sorted(names - linked)]
    return found


def validate(path):
    z = zipfile.ZipFile(path)
    total = 0
    print(f'== {path}')
    for n in z.namelist():
        if re.fullmatch(r'customXml/item\d+\.xml', n):
            etree.fromstring(z.read(n))
            print(f'{n}: well-formed (no schema; custom data)')
            continue
        sp = next((s for r, s in MAP if re.search(r, n)), None)
        if not sp:
            print(n, 'no schema')
            continue
        root = mce(etree.fromstring(z.read(n)))
        sc = schema(sp)
        ok = sc.validate(etree.ElementTree(root))
        errs = [e for e in sc.error_log]
        total += len(errs)
        print(f'{n}: {"OK" if ok else str(len(errs)) + " errors"}')
        seen = {}
        for e in errs:
            msg = re.sub(r'\{http://schemas.openxmlformats.org/wordprocessingml/2006/main\}', 'w:', e.message)
            seen.setdefault(msg, []).append(e.line)
        for m, lines in seen.items():
            print(f'   x{len(lines)}  {m[:300]}')
    problems = package_problems(z)
    for p in problems:
        print(f'package: {p}')
    total += len(problems)
    print(f'{path}: TOTAL {total}')
    return total


grand = sum(validate(p) for p in sys.argv[1:])
print('TOTAL', grand)
sys.exit(1 if grand else 0)
