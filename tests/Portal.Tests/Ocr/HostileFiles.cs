using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Portal.Testing;

namespace Portal.Tests.Ocr;

/// <summary>Files an attacker or a broken scanner sends, made on the spot.</summary>
internal static class HostileFiles
{
    /// <summary>A PNG whose header declares width × height grey pixels, with a deflate stream of zeros behind it (a bomb once inflated).</summary>
    public static byte[] PngBomb(int width, int height)
    {
        var zeros = new MemoryStream();
        using (var deflate = new ZLibStream(zeros, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
                deflate.Write(row);
        }
        var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", zeros.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>A real JPEG whose frame header (SOF0) is rewritten to claim width × height.</summary>
    public static byte[] JpegClaiming(byte[] jpeg, int width, int height)
    {
        var bytes = (byte[])jpeg.Clone();
        for (var i = 2; i + 9 < bytes.Length; i++)
        {
            if (bytes[i] == 0xFF && bytes[i + 1] is 0xC0 or 0xC2)
            {
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 5), (ushort)height);
                BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(i + 7), (ushort)width);
                return bytes;
            }
        }
        throw new InvalidOperationException("no SOF marker");
    }

    /// <summary>The same PDF encrypted with a user password, by Ghostscript (run with -dSAFER).</summary>
    public static byte[] PasswordPdf(string folder)
    {
        var plain = Path.Combine(folder, "plain.pdf");
        var locked = Path.Combine(folder, "locked.pdf");
        File.WriteAllBytes(plain, TextPdf.Of(1, "Cong van mat"));
        var start = new ProcessStartInfo("gs") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-dSAFER", "-dBATCH", "-dNOPAUSE", "-q", "-sDEVICE=pdfwrite", "-sOwnerPassword=chu", "-sUserPassword=mat",
                     "-dEncryptionR=3", "-dKeyLength=128", "-sOutputFile=" + locked, plain })
            start.ArgumentList.Add(arg);
        using var gs = Process.Start(start)!;
        gs.StandardOutput.ReadToEnd();
        gs.StandardError.ReadToEnd();
        gs.WaitForExit();
        return File.ReadAllBytes(locked);
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
