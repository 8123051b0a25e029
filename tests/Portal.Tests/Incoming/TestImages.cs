using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Portal.Tests.Incoming;

/// <summary>A real PNG, written by hand (no image library in the tests): stripes of colour, the size of a small scan.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        var raw = new byte[height * (width * 3 + 1)];
        for (var y = 0; y < height; y++)
        {
            var row = y * (width * 3 + 1);
            for (var x = 0; x < width; x++)
            {
                var stripe = (x / 40 + y / 40) % 2 == 0;
                raw[row + 1 + x * 3] = (byte)(stripe ? 240 : 30);
                raw[row + 2 + x * 3] = (byte)(stripe ? 240 : 60);
                raw[row + 3 + x * 3] = (byte)(stripe ? 230 : 120);
            }
        }
        return Write(width, height, colourType: 2, raw);
    }

    /// <summary>
    /// A decompression bomb's shape: a small, well-formed grey PNG whose header declares <paramref name="width"/> × <paramref name="height"/>
    /// pixels, more than any decoder should be asked to allocate.
    /// </summary>
    public static byte[] Declaring(int width, int height) => Write(width, height, colourType: 0, new byte[64 * 1024]);

    private static byte[] Write(int width, int height, byte colourType, byte[] raw)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(raw);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = colourType;
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }
}
