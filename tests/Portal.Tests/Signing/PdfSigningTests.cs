using System.Diagnostics;
using System.Text;
using Portal.Signing;
using Portal.Tests.Certificates;
using SkiaSharp;

namespace Portal.Tests.Signing;

/// <summary>
/// Signing by incremental update and verifying, as a signer, a receiving clerk and a forger would see
/// it: the signed bytes never change, later signatures leave earlier ones valid, any changed byte is
/// caught, and poppler's own verifier agrees.
/// </summary>
[Trait("Database", "Sqlite")]
public sealed class PdfSigningTests : IDisposable
{
    private static readonly DateTimeOffset SigningTime = new(2026, 12, 3, 9, 15, 0, TimeSpan.FromHours(7));
    private readonly TestAuthority _authority = new("CA thử nghiệm Ban Cơ yếu");
    private readonly PdfSigner _signer = new();
    private readonly PdfSignatureVerifier _verifier = new(TimeProvider.System);

    [Fact]
    public async Task A_signed_pdf_verifies_here_and_in_poppler_and_its_original_bytes_are_untouched()
    {
        var pdf = SamplePdfs.WithTable();

        var signed = Sign(pdf, "Người ký", Key("Nguyễn Văn An"));

        Assert.Equal(pdf, signed[..pdf.Length]);
        var verdict = Assert.Single(_verifier.Verify(signed, Trust()));
        Assert.Equal(SignatureState.Valid, verdict.State);
        Assert.False(verdict.HasLaterAdditions);
        Assert.Equal("Nguyễn Văn An", verdict.Signer);
        Assert.Equal("Người ký", verdict.FieldName);
        Assert.Equal(SigningTime, verdict.ClaimedTime);
        using (var document = UglyToad.PdfPig.PdfDocument.Open(signed))
        {
            Assert.Equal(2, document.NumberOfPages);
            Assert.Contains("CONG VAN so 12/UBND-VP trang 2", document.GetPage(2).Text);
        }
        Assert.Equal(1, Pdfsig.ValidCount(await Pdfsig.CheckAsync(signed)));
    }

    [Fact]
    public async Task The_agency_signature_appended_after_the_signers_leaves_both_valid()
    {
        var once = Sign(SamplePdfs.WithTable(), "Người ký", Key("Trần Thị Bình"));

        var twice = Sign(once, "Cơ quan ban hành", Key("Sở Nội vụ tỉnh Nghệ An"));

        Assert.Equal(once, twice[..once.Length]);
        var verdicts = _verifier.Verify(twice, Trust());
        Assert.Equal(2, verdicts.Count);
        Assert.All(verdicts, v => Assert.Equal(SignatureState.Valid, v.State));
        Assert.True(verdicts.Single(v => v.FieldName == "Người ký").HasLaterAdditions);
        Assert.False(verdicts.Single(v => v.FieldName == "Cơ quan ban hành").HasLaterAdditions);
        Assert.Equal(2, Pdfsig.ValidCount(await Pdfsig.CheckAsync(twice)));
    }

    [Fact]
    public async Task A_pdf_ending_in_a_cross_reference_stream_is_updated_with_one_and_signs_twice()
    {
        var pdf = SamplePdfs.WithXrefStream();

        var twice = Sign(Sign(pdf, "Người ký", Key("Lê Văn Cường")), "Cơ quan ban hành", Key("UBND xã Hưng Dũng"));

        Assert.All(_verifier.Verify(twice, Trust()), v => Assert.Equal(SignatureState.Valid, v.State));
        Assert.Equal(2, _verifier.Verify(twice, Trust()).Count);
        var poppler = await Pdfsig.CheckAsync(twice);
        Assert.True(Pdfsig.ValidCount(poppler) == 2, poppler);
        Assert.Contains("/Type /XRef", Encoding.Latin1.GetString(twice, pdf.Length, twice.Length - pdf.Length));
    }

    [Fact]
    public void Changing_one_byte_inside_a_signed_range_fails_every_signature_that_covers_it()
    {
        var once = Sign(SamplePdfs.WithTable(), "Người ký", Key("Phạm Thị Dung"));
        var twice = Sign(once, "Cơ quan ban hành", Key("Sở Nội vụ tỉnh Nghệ An"));
        var gaps = ContentsGaps(twice);
        Assert.Equal(2, gaps.Count);
        var random = new Random(20261203);
        var positions = Enumerable.Range(0, 400).Select(_ => random.Next(twice.Length))
            .Where(p => !gaps.Any(g => p >= g.Start && p < g.End)).Distinct().Take(60).ToList();
        Assert.Contains(positions, p => p < once.Length);
        Assert.Contains(positions, p => p >= once.Length);

        foreach (var position in positions)
        {
            var forged = (byte[])twice.Clone();
            forged[position] ^= 0x01;
            var verdicts = _verifier.Verify(forged, Trust());
            if (position < once.Length)
                Assert.DoesNotContain(verdicts, v => v.IsValid);
            else
                Assert.DoesNotContain(verdicts, v => v.FieldName == "Cơ quan ban hành" && v.IsValid);
        }
    }

    [Fact]
    public void A_signer_whose_CA_the_agency_does_not_trust_is_an_unknown_signer()
    {
        using var stranger = new TestAuthority("CA không rõ nguồn gốc");
        var signed = Sign(SamplePdfs.WithTable(), "Người ký", new SoftwareKey(stranger.Issue("Kẻ giả mạo", clientAuth: false), stranger.Certificate));

        var verdict = Assert.Single(_verifier.Verify(signed, Trust()));

        Assert.Equal(SignatureState.UnknownSigner, verdict.State);
        Assert.Contains("không do tổ chức", verdict.Message);
    }

    [Fact]
    public void An_expired_certificate_is_reported_with_its_date()
    {
        var expired = _authority.Issue("Hoàng Văn Em", DateTimeOffset.UtcNow.AddDays(-60), DateTimeOffset.UtcNow.AddDays(-2), clientAuth: false);
        var signed = Sign(SamplePdfs.WithTable(), "Người ký", new SoftwareKey(expired, _authority.Certificate));

        var verdict = Assert.Single(_verifier.Verify(signed, Trust()));

        Assert.Equal(SignatureState.Expired, verdict.State);
        Assert.Contains(expired.NotAfter.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture), verdict.Message);
    }

    [Fact]
    public void A_revoked_certificate_is_reported_as_revoked()
    {
        var key = Key("Đỗ Thị Giang");
        var signed = Sign(SamplePdfs.WithTable(), "Người ký", key);

        var verdict = Assert.Single(_verifier.Verify(signed, new ListTrust([_authority.Certificate], [key.Certificate])));

        Assert.Equal(SignatureState.Revoked, verdict.State);
        Assert.Equal("Chứng thư số của người ký đã bị thu hồi.", verdict.Message);
    }

    [Fact]
    public async Task The_visible_signature_block_prints_on_its_page_and_nowhere_else()
    {
        var request = new SignatureRequest("Người ký", "Nguyễn Văn An", SigningTime)
        {
            Box = new SignatureBox(2, 320, 80, 220, 70, ["Ký bởi: Nguyễn Văn An", "Giám đốc Sở Nội vụ", "Thời gian ký: 03/12/2026 09:15"]),
        };
        var signed = _signer.Sign(SamplePdfs.WithTable(), request, Key("Nguyễn Văn An"));

        using var page2 = await RasteriseAsync(signed, 2);
        using var page1 = await RasteriseAsync(signed, 1);

        // pdftoppm at 72 dpi: one pixel per point, y measured from the top of the 842-point page.
        Assert.True(InkPixels(page2, 320, 842 - 150, 220, 70) > 200, "the block's frame and text are drawn");
        Assert.Equal(0, InkPixels(page1, 320, 842 - 150, 220, 70));
        Assert.Equal(SignatureState.Valid, Assert.Single(_verifier.Verify(signed, Trust())).State);
    }

    [Fact]
    public void A_field_name_already_signed_is_refused()
    {
        var signed = Sign(SamplePdfs.WithTable(), "Người ký", Key("Nguyễn Văn An"));

        var refused = Assert.Throws<SigningException>(() => Sign(signed, "Người ký", Key("Trần Thị Bình")));

        Assert.Equal("Văn bản đã có chữ ký tên 'Người ký'.", refused.Message);
    }

    [Fact]
    public async Task A_file_that_is_no_pdf_or_is_locked_by_a_password_is_refused_in_Vietnamese()
    {
        var notPdf = Assert.Throws<SigningException>(() => Sign("<html>không phải PDF</html>"u8.ToArray(), "Người ký", Key("Nguyễn Văn An")));
        Assert.Equal("Tệp không phải PDF hợp lệ nên không ký được.", notPdf.Message);

        var locked = Assert.Throws<SigningException>(() => Sign(EncryptedPdf(), "Người ký", Key("Nguyễn Văn An")));
        Assert.StartsWith("Tệp PDF được mã hóa bằng mật khẩu", locked.Message);
        await Task.CompletedTask;
    }

    [Fact]
    public void A_damaged_file_is_never_valid_and_one_that_cannot_be_read_is_reported_as_tampered()
    {
        var signed = Sign(SamplePdfs.WithTable(), "Người ký", Key("Nguyễn Văn An"));
        var damaged = (byte[])signed.Clone();
        Array.Fill(damaged, (byte)'#', damaged.Length / 3, 200);

        Assert.DoesNotContain(_verifier.Verify(damaged, Trust()), v => v.IsValid);
        var unreadable = Assert.Single(_verifier.Verify("%PDF-1.7\n%%EOF"u8.ToArray(), Trust()));
        Assert.Equal(SignatureState.Tampered, unreadable.State);
    }

    public void Dispose() => _authority.Dispose();

    private byte[] Sign(byte[] pdf, string field, SoftwareKey key) =>
        _signer.Sign(pdf, new SignatureRequest(field, key.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false),
            SigningTime) { Reason = "Ban hành văn bản", Location = "Nghệ An" }, key);

    private SoftwareKey Key(string holder) => new(_authority.Issue(holder, clientAuth: false), _authority.Certificate);

    private ListTrust Trust() => new([_authority.Certificate]);

    /// <summary>Where each /Contents hex string sits: the only bytes a signature does not cover.</summary>
    private static List<(int Start, int End)> ContentsGaps(byte[] pdf)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var gaps = new List<(int, int)>();
        for (var at = text.IndexOf("/Contents <", StringComparison.Ordinal); at >= 0; at = text.IndexOf("/Contents <", at + 1, StringComparison.Ordinal))
        {
            var start = at + "/Contents ".Length;
            gaps.Add((start, text.IndexOf('>', start) + 1));
        }
        return gaps;
    }

    private static byte[] EncryptedPdf()
    {
        var folder = Directory.CreateTempSubdirectory("portal-encrypted-");
        try
        {
            var plain = Path.Combine(folder.FullName, "plain.pdf");
            var locked = Path.Combine(folder.FullName, "locked.pdf");
            File.WriteAllBytes(plain, SamplePdfs.WithTable(1));
            Run("gs", "-dSAFER", "-dBATCH", "-dNOPAUSE", "-q", "-sDEVICE=pdfwrite", "-sOwnerPassword=chu", "-sUserPassword=doc", "-o", locked, plain);
            return File.ReadAllBytes(locked);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<SKBitmap> RasteriseAsync(byte[] pdf, int page)
    {
        var folder = Directory.CreateTempSubdirectory("portal-signed-page-");
        try
        {
            var input = Path.Combine(folder.FullName, "in.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            Run("pdftoppm", "-r", "72", "-f", $"{page}", "-l", $"{page}", "-png", "-singlefile", input, Path.Combine(folder.FullName, "page"));
            return SKBitmap.Decode(Path.Combine(folder.FullName, "page.png"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Pixels of the block's blue ink inside a rectangle.</summary>
    private static int InkPixels(SKBitmap bitmap, int x, int y, int width, int height)
    {
        var count = 0;
        for (var row = y; row < y + height; row++)
            for (var column = x; column < x + width; column++)
            {
                var pixel = bitmap.GetPixel(column, row);
                if (pixel.Blue > 100 && pixel.Blue > pixel.Red + 40)
                    count++;
            }
        return count;
    }

    private static void Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} failed: {process.StandardError.ReadToEnd()}");
    }
}
