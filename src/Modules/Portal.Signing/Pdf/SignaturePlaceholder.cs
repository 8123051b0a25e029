namespace Portal.Signing.Pdf;

/// <summary>Where the /ByteRange numbers and the /Contents hex string of one signature sit in the file.</summary>
internal sealed record SignaturePlaceholder(long RangeOffset, int RangeLength, long ContentsOffset, int ContentsLength)
{
    /// <summary>Writes the byte range: everything but the /Contents string, brackets included.</summary>
    public ByteRanges Seal(byte[] file)
    {
        var ranges = new ByteRanges(ContentsOffset, ContentsOffset + ContentsLength, file.LongLength - ContentsOffset - ContentsLength);
        var text = $"0 {ranges.FirstLength:D10} {ranges.SecondStart:D10} {ranges.SecondLength:D10}";
        if (text.Length != RangeLength)
            throw new SigningException("Tệp PDF quá lớn để ký.");
        PdfText.Ascii(text).CopyTo(file, RangeOffset);
        return ranges;
    }

    public void FillContents(byte[] file, byte[] cms)
    {
        var hex = Convert.ToHexString(cms);
        if (hex.Length > ContentsLength - 2)
            throw new SigningException("Chữ ký số quá lớn so với chỗ dành cho nó (chuỗi chứng thư quá dài).");
        PdfText.Ascii(hex).CopyTo(file, ContentsOffset + 1);
    }
}
