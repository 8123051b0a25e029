using System.Globalization;
using System.Text;
using Portal.Ocr.Worker.Reading;

namespace Portal.Tests.Ocr;

/// <summary>
/// The worker composes and strips Vietnamese marks itself (it runs without ICU); checked against the
/// platform's Unicode normalization, which this test process has, on the whole alphabet.
/// </summary>
public sealed class VietnameseLettersTests
{
    private const string Alphabet =
        "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ" +
        "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬEÈÉẺẼẸÊỀẾỂỄỆIÌÍỈĨỊOÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢUÙÚỦŨỤƯỪỨỬỮỰYỲÝỶỸỴĐ";

    [Fact]
    public void Every_letter_written_with_combining_marks_is_composed_as_unicode_composes_it()
    {
        var decomposed = Alphabet.Normalize(NormalizationForm.FormD);

        Assert.NotEqual(Alphabet.Length, decomposed.Length);
        Assert.Equal(Alphabet, VietnameseLetters.Compose(decomposed));
        Assert.Equal("Quyết định số 15", VietnameseLetters.Compose("Quyết định số 15".Normalize(NormalizationForm.FormD)));
    }

    [Fact]
    public void A_tone_written_before_the_vowel_mark_gives_the_same_letter()
    {
        Assert.Equal("ấ", VietnameseLetters.Compose("a\u0301\u0302"));
        Assert.Equal("Ự", VietnameseLetters.Compose("U\u0323\u031B"));
    }

    [Fact]
    public void Stripping_the_marks_leaves_the_letters_unicode_leaves_and_keeps_d_with_stroke()
    {
        var bare = new string([.. Alphabet.Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)]);

        Assert.Equal(bare, VietnameseLetters.Bare(Alphabet));
        Assert.Equal("CHU TICH UY BAN NHAN DAN TINH ĐAK LAK", VietnameseLetters.Bare("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"));
    }

    [Fact]
    public void Text_without_vietnamese_marks_passes_through()
    {
        Assert.Equal("Số: 15/QĐ-BNV — ½ ç", VietnameseLetters.Compose("Số: 15/QĐ-BNV — ½ ç"));
    }
}
