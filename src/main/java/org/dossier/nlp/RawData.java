package org.dossier.nlp;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Lists of strings as the model files write them ({@link ParserModelFile}, the attribution model): a count, then each string. */
public final class RawData {
    private RawData() {}

    public static void writeStrings(DataOutput out, Collection<String> strings) throws IOException {
        out.writeInt(strings.size());
        for (String s : strings) out.writeUTF(s);
    }

    public static List<String> readStrings(DataInput in) throws IOException {
        int n = in.readInt();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(in.readUTF());
        return out;
    }
}
