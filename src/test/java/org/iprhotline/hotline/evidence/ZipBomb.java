package org.iprhotline.hotline.evidence;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A ZIP whose entries all inflate to the same run of zeros, written by hand so that the zeros are
 * compressed once rather than once per entry (which would take as long as the attack it stands for).
 */
final class ZipBomb {

    private ZipBomb() {
    }

    /**
     * An office package's content-types part, then {@code entries} entries of {@code zeros} bytes
     * each, then one small part with this name.
     */
    static byte[] of(int entries, int zeros, String lastPart) {
        byte[] deflated = deflate(new byte[zeros]);
        CRC32 crc = new CRC32();
        crc.update(new byte[zeros]);
        byte[] part = deflate("<x/>".getBytes(StandardCharsets.US_ASCII));
        CRC32 partCrc = new CRC32();
        partCrc.update("<x/>".getBytes(StandardCharsets.US_ASCII));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream directory = new ByteArrayOutputStream();
        for (int i = -1; i <= entries; i++) {
            boolean last = i == -1 || i == entries;
            String name = i == -1 ? "[Content_Types].xml" : last ? lastPart : "customXml/zeros" + i + ".bin";
            byte[] data = last ? part : deflated;
            long size = last ? 4 : zeros;
            long checksum = last ? partCrc.getValue() : crc.getValue();
            int offset = out.size();
            write(out, header(0x04034b50, 30, name, data.length, size, checksum, -1));
            out.writeBytes(data);
            write(directory, header(0x02014b50, 46, name, data.length, size, checksum, offset));
        }
        int directoryOffset = out.size();
        out.writeBytes(directory.toByteArray());
        ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
        end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0)
                .putShort((short) (entries + 2)).putShort((short) (entries + 2))
                .putInt(directory.size()).putInt(directoryOffset).putShort((short) 0);
        write(out, end);
        return out.toByteArray();
    }

    /** A local header (offset -1) or a central directory entry for a deflated entry. */
    private static ByteBuffer header(int signature, int fixed, String name, long compressed, long size,
            long crc, int offset) {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        ByteBuffer header = ByteBuffer.allocate(fixed + nameBytes.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(signature);
        if (offset >= 0) {
            header.putShort((short) 20); // made by
        }
        header.putShort((short) 20).putShort((short) 0).putShort((short) 8) // version, flags, deflate
                .putShort((short) 0).putShort((short) 0x21) // time, date
                .putInt((int) crc).putInt((int) compressed).putInt((int) size)
                .putShort((short) nameBytes.length).putShort((short) 0);
        if (offset >= 0) {
            header.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(offset);
        }
        header.put(nameBytes);
        return header;
    }

    private static void write(ByteArrayOutputStream out, ByteBuffer buffer) {
        out.write(buffer.array(), 0, buffer.position());
    }

    private static byte[] deflate(byte[] content) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(content);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }
}
