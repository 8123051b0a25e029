using Portal.Incoming.Controllers;
using Portal.Incoming.Services;
using Portal.Ocr;

namespace Portal.Tests.Ocr.Intake;

/// <summary>The pre-filled form marks the fields read with a low confidence, and maps the marks read to the form's values.</summary>
public sealed class PrefillHighlightTests
{
    private static OcrJobInfo Job(Dictionary<string, string> fields, Dictionary<string, double> confidence) =>
        new(Guid.NewGuid(), OcrJobState.Done, 2, 2, Guid.NewGuid(), "scan.png", "", fields, confidence, null, null, DateTime.UtcNow);

    [Fact]
    public void Fields_read_below_the_threshold_are_marked_for_checking_and_the_others_are_not()
    {
        var job = Job(new() { [OcrFields.Agency] = "CỤC AN NINH MẠNG", [OcrFields.Number] = "77/ANM-P3", [OcrFields.Classification] = "TỐI MẬT" },
            new() { [OcrFields.Agency] = 0.95, [OcrFields.Number] = 0.42, [OcrFields.Classification] = 0.91, [OcrFields.Date] = 0.79 });
        var page = new RegisterPage { Scan = job };

        Assert.Null(page.Check("Sender"));
        Assert.Equal("ocr-check", page.Check("NumberSymbol"));
        Assert.Equal("ocr-check", page.Check("DocumentDate"));
        Assert.Null(page.Check("Level"));
        Assert.Null(page.Check("Notes"));
        Assert.Null(new RegisterPage().Check("NumberSymbol"));
    }

    [Fact]
    public void An_unread_classification_is_marked_even_when_its_absence_looks_certain()
    {
        var page = new RegisterPage { Scan = Job(new() { [OcrFields.Classification] = "" }, new() { [OcrFields.Classification] = 0.9 }) };

        Assert.Equal("ocr-check", page.Check("Level"));
    }

    [Theory]
    [InlineData("TỐI MẬT", "HỎA TỐC", "toi-mat", "hoa-toc")]
    [InlineData("MẬT", "THƯỢNG KHẨN", "mat", "thuong-khan")]
    [InlineData("MAT", "KHAN", "mat", "khan")]
    [InlineData("", "", "mat", "")]
    public void The_marks_read_become_the_forms_values(string classification, string urgency, string level, string formUrgency)
    {
        var input = ScanIntake.Prefill(Job(new() { [OcrFields.Classification] = classification, [OcrFields.Urgency] = urgency }, []), "2026-12-03T09:00");

        Assert.Equal(level, input.Level);
        Assert.Equal(formUrgency, input.Urgency);
        Assert.Equal("2", input.PageCount);
    }

    [Theory]
    [InlineData("TUYỆT MẬT", true)]
    [InlineData("Tuyệt mật", true)]
    [InlineData("TỐI MẬT", false)]
    [InlineData("MẬT", false)]
    public void Tuyet_mat_is_recognised_on_its_letters(string mark, bool topSecret)
    {
        Assert.Equal(topSecret, OcrMarks.IsTopSecret(mark));
    }
}
