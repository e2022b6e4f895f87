package com.loadwise.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * The document openhtmltopdf draws into: every page it adds gets a {@code /Properties} resource dictionary that
 * answers "is this property list here already?" from an index instead of a scan.
 *
 * <p>With PDF/UA tagging on, openhtmltopdf wraps every box that paints a border or background in an artifact with
 * its own property list, and PDFBox's {@code PDResources.add} first asks the page's {@code /Properties}
 * dictionary whether it holds that list already, scanning every entry: quadratic in the boxes of a page. A handout
 * page has ~180 of them, a coach-sheet page ~2,000, and the scan took 7% of a team batch (18% of its two team
 * documents).
 *
 * <p>The property lists are also written inline in the page's resources instead of as objects of their own
 * (PDFBox makes every dictionary not marked direct an indirect object): they are two thirds of a handout's
 * objects, and each costs an entry in an object stream and in the cross-reference stream when the file is saved.
 *
 * <p>For the same reason the structure tree's small dictionaries are written inline when the document is saved:
 * each marked-content reference ({@code /MCR}, one per piece of tagged text on a page) and each attribute
 * dictionary ({@code /A}: list numbering, table-header scope, a figure's box) is used by one structure element
 * only, yet PDFBox made each an object of its own: 680 of an athlete's 2,305 objects.
 */
final class IndexedPages extends PDDocument {

    @Override
    public void save(OutputStream output, CompressParameters compress) throws IOException {
        COSDictionary root = getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
        if (root != null) {
            inline(root.getDictionaryObject(COSName.K), Collections.newSetFromMap(new IdentityHashMap<>()));
        }
        super.save(output, compress);
    }

    /**
     * Marks the references and attributes below a structure element direct; elements themselves stay objects
     * (the parent tree and their children's {@code /P} point to them). Each element is entered once.
     */
    private static void inline(COSBase kids, Set<COSBase> seen) {
        if (kids instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                inline(array.getObject(i), seen);
            }
        } else if (kids instanceof COSDictionary kid && !(kids instanceof COSStream) && seen.add(kid)) {
            COSName type = kid.getCOSName(COSName.TYPE);
            if (COSName.MCR.equals(type) || COSName.OBJR.equals(type)) {
                kid.setDirect(true);
            } else if (kid.containsKey(COSName.S)) {
                COSBase attributes = kid.getDictionaryObject(COSName.A);
                if (attributes instanceof COSDictionary a) {
                    a.setDirect(true);
                } else if (attributes instanceof COSArray list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.getObject(i) instanceof COSDictionary a) {
                            a.setDirect(true);
                        }
                    }
                }
                inline(kid.getDictionaryObject(COSName.K), seen);
            }
        }
    }

    @Override
    public void addPage(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            resources = new PDResources();
            page.setResources(resources);
        }
        COSDictionary properties = resources.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            resources.getCOSObject().setItem(COSName.PROPERTIES, new IndexedDictionary());
        }
        super.addPage(page);
    }

    /**
     * A dictionary that keeps its values in an identity index, so that {@link #containsValue} and
     * {@link #getKeyForValue} take constant time. COS dictionaries and streams compare by identity (they do not
     * override {@code equals}), so for them the index gives the same answers as the scan; other values (numbers,
     * names, strings compare by content) are answered by the scan as before.
     */
    static final class IndexedDictionary extends COSDictionary {
        private final Map<COSBase, COSName> keys = new IdentityHashMap<>();

        @Override
        public void setItem(COSName key, COSBase value) {
            unindex(key);
            if (value instanceof COSDictionary list && !(value instanceof COSStream)) {
                list.setDirect(true);
            }
            super.setItem(key, value);
            if (value != null) {
                keys.put(value, key);
                if (value instanceof COSObject indirect && !indirect.isObjectNull()) {
                    keys.put(indirect.getObject(), key);
                }
            }
        }

        @Override
        public void removeItem(COSName key) {
            unindex(key);
            super.removeItem(key);
        }

        private void unindex(COSName key) {
            COSBase old = getItem(key);
            if (old != null) {
                keys.remove(old, key);
                if (old instanceof COSObject indirect && !indirect.isObjectNull()) {
                    keys.remove(indirect.getObject(), key);
                }
            }
        }

        @Override
        public void clear() {
            keys.clear();
            super.clear();
        }

        @Override
        public void addAll(COSDictionary other) {
            for (Map.Entry<COSName, COSBase> e : other.entrySet()) {
                setItem(e.getKey(), e.getValue());
            }
        }

        @Override
        public boolean containsValue(Object value) {
            return getKeyForValue(value) != null;
        }

        @Override
        public COSName getKeyForValue(Object value) {
            if (!byIdentity(value)) {
                return super.getKeyForValue(value);
            }
            COSName key = keys.get(value);
            if (key == null && value instanceof COSObject indirect && !indirect.isObjectNull()) {
                key = keys.get(indirect.getObject());
            }
            return key;
        }

        private static boolean byIdentity(Object value) {
            return value instanceof COSDictionary || value instanceof COSObject;
        }
    }
}
