package com.loadwise.render;

import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
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
 */
final class IndexedPages extends PDDocument {

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
