using Portal.Files.Checks;

namespace Portal.Tests.Files;

/// <summary>Names as a hostile browser sends them come out safe to show and to offer on download.</summary>
public sealed class FileNameTests
{
    private static string Safe(string? name, string extension = ".pdf")
    {
        var (stem, given) = SafeFileName.Clean(name);
        return SafeFileName.Compose(stem, given.Length > 0 ? given : extension);
    }

    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("..\\..\\Windows\\System32\\cmd.pdf", "cmd.pdf")]
    [InlineData("/tmp/ Báo cáo .pdf", "Báo cáo.pdf")]
    [InlineData("C:\\Users\\vanthu\\Công văn.pdf", "Công văn.pdf")]
    [InlineData("tệp\u0000\u0007\u001b[31m.pdf", "tệp[31m.pdf")]
    [InlineData("hóa đơn\u202Efdp.exe", "hóa đơnfdp.exe")]
    [InlineData("\u2066\u2067\u2068\u2069\u202A\u202B\u202C\u202Dtên.pdf", "tên.pdf")]
    [InlineData("a<b>c:d\"e|f?g*h.pdf", "a_b_c_d_e_f_g_h.pdf")]
    [InlineData("CON.pdf", "_CON.pdf")]
    [InlineData("lpt1", "_lpt1.pdf")]
    [InlineData(".htaccess", "htaccess.pdf")]
    [InlineData("", "Tệp đính kèm.pdf")]
    [InlineData(null, "Tệp đính kèm.pdf")]
    [InlineData("../", "Tệp đính kèm.pdf")]
    [InlineData("\u202E\u0001", "Tệp đính kèm.pdf")]
    [InlineData("BÁO CÁO.PDF", "BÁO CÁO.pdf")]
    public void Hostile_names_are_made_safe(string? name, string expected) => Assert.Equal(expected, Safe(name));

    [Fact]
    public void Names_are_normalised_to_composed_form()
    {
        var decomposed = "Quye\u0302\u0301t \u0111i\u0323nh.pdf";

        Assert.Equal("Quyết định.pdf", Safe(decomposed));
        Assert.True(Safe(decomposed).IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Fact]
    public void A_lone_surrogate_is_dropped_rather_than_breaking_normalisation()
    {
        Assert.Equal("ab.pdf", Safe("a\uD800b.pdf"));
    }

    [Fact]
    public void A_name_of_10000_characters_is_cut_to_255_keeping_its_extension()
    {
        var safe = Safe(new string('ệ', 10_000) + ".docx");

        Assert.Equal(255, safe.Length);
        Assert.EndsWith("ệ.docx", safe);
    }

    [Fact]
    public void The_cut_never_splits_a_character_made_of_two_code_units()
    {
        var safe = Safe(new string('a', 250) + "\U0001F4C4.pdf");

        Assert.Equal(new string('a', 250) + ".pdf", safe);
    }

    [Fact]
    public void A_name_without_extension_gets_the_one_of_its_content()
    {
        Assert.Equal("Bản chụp.jpg", Safe("Bản chụp", ".jpg"));
    }
}
