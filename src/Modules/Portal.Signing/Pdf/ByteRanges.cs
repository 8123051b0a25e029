namespace Portal.Signing.Pdf;

/// <summary>A signature's two covered ranges: [0, FirstLength) and [SecondStart, SecondStart + SecondLength).</summary>
internal sealed record ByteRanges(long FirstLength, long SecondStart, long SecondLength)
{
    public byte[] SignedBytes(byte[] file)
    {
        var bytes = new byte[FirstLength + SecondLength];
        Array.Copy(file, 0, bytes, 0, FirstLength);
        Array.Copy(file, SecondStart, bytes, FirstLength, SecondLength);
        return bytes;
    }
}
