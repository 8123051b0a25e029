using Portal.Templates;
using Portal.Templates.Services;

namespace Portal.Tests.Templates;

/// <summary>What a tenant admin's template can and cannot do: every refusal is Vietnamese and names the line when one is known.</summary>
public sealed class TemplateSandboxTests
{
    public static TheoryData<string> Types => new(DocumentTypes.All.Select(t => t.Code));

    [Theory]
    [MemberData(nameof(Types))]
    public void Every_default_template_shows_every_required_part(string code)
    {
        var type = DocumentTypes.Find(code)!;

        var body = Sandbox.Compose(DefaultTemplates.For(type), type);

        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", body);
        Assert.Contains("Số: 05/SNV-VP", body);
        Assert.Contains("ngày 05 tháng 01 năm 2026", body);
        Assert.Contains("Nguyễn Văn Hùng", body);
        Assert.Contains("Lưu: VT, VP.", body);
    }

    [Fact]
    public void An_endless_loop_is_stopped_at_the_step_limit_and_its_line_named()
    {
        // The time limit out of the way: on a loaded machine the 2 s could end the loop before its steps do.
        var refusal = Sandbox.Refusal(Sandbox.CongVanWith("{% for i in (1..1000000) %}{% for j in (1..1000000) %}x{% endfor %}{% endfor %}"),
            limits: SandboxLimits.Default with { TimeLimit = TimeSpan.FromMinutes(5) });

        Assert.Contains("bước", refusal.Message);
        Assert.Contains("vòng lặp", refusal.Message);
        Assert.Equal(17, refusal.Line);
        Assert.Contains("dòng 17", refusal.Message);
    }

    [Fact]
    public void A_huge_output_is_stopped_at_the_size_limit()
    {
        var kilobyte = new string('x', 1000);

        var refusal = Sandbox.Refusal(Sandbox.CongVanWith("{% for i in (1..2000) %}" + kilobyte + "{% endfor %}"));

        Assert.Contains("500.000 ký tự", refusal.Message.Replace(",", "."));
    }

    [Fact]
    public void A_variable_doubled_until_it_fills_the_memory_is_stopped_before_it_is_written()
    {
        var refusal = Sandbox.Refusal(Sandbox.CongVanWith("{% assign s = 'x' %}{% for i in (1..40) %}{% assign s = s | append: s %}{% endfor %}"));

        Assert.Contains("Một biến của mẫu vượt quá", refusal.Message);
    }

    [Fact]
    public void A_template_past_its_time_is_stopped()
    {
        var refusal = Sandbox.Refusal(DefaultTemplates.For(Sandbox.CongVan), limits: SandboxLimits.Default with { TimeLimit = TimeSpan.Zero });

        Assert.Contains("giây và đã bị dừng", refusal.Message);
    }

    [Theory]
    [InlineData("{{ co_quan.GetType }}", "co_quan.GetType")]
    [InlineData("{{ noi_dung.first.Length | upcase }}", "first.Length")]
    [InlineData("{{ noi_dung[0].Length }}", "].Length")]
    [InlineData("{% if co_quan.Chars != blank %}x{% endif %}", "co_quan.Chars")]
    public void Members_other_than_a_lists_size_first_and_last_are_refused_with_their_line(string line, string member)
    {
        var refusal = Sandbox.Refusal(Sandbox.CongVanWith(line));

        Assert.Contains($"không được truy cập '{member}'", refusal.Message);
        Assert.Equal(17, refusal.Line);
    }

    [Theory]
    [InlineData("{% include 'appsettings.json' %}", "include")]
    [InlineData("{%- render '/etc/passwd' -%}", "render")]
    public void Templates_cannot_read_files(string line, string tag)
    {
        var refusal = Sandbox.Refusal(Sandbox.CongVanWith(line));

        Assert.Contains($"không được đọc tệp khác (thẻ '{tag}')", refusal.Message);
        Assert.Equal(17, refusal.Line);
    }

    [Fact]
    public void A_name_that_is_not_a_field_is_refused_with_its_line()
    {
        var refusal = Sandbox.Refusal(Sandbox.CongVanWith("{{ mat_khau_quan_tri }}"));

        Assert.Contains("'mat_khau_quan_tri' ở dòng 17, không phải một trường của văn bản", refusal.Message);
    }

    [Fact]
    public void A_syntax_error_names_its_line_and_column()
    {
        var refusal = Sandbox.Refusal(Sandbox.CongVanWith("{% if %}"));

        Assert.Contains("sai cú pháp Liquid ở dòng 17", refusal.Message);
        Assert.Equal(17, refusal.Line);
    }

    [Theory]
    [InlineData("<div class=\"so-ky-hieu\">Số: {{ so_ky_hieu }}</div>", "số, ký hiệu (so_ky_hieu)")]
    [InlineData("<div class=\"nguoi-ky\">{{ nguoi_ky }}</div>", "họ tên người ký (nguoi_ky)")]
    [InlineData("<div>- {{ luu }}</div>", "dòng lưu (luu)")]
    [InlineData("<div class=\"quoc-hieu\">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>", "quốc hiệu")]
    [InlineData("<div class=\"vv\">V/v {{ trich_yeu }}</div>", "\"V/v\" trước trích yếu")]
    public void A_template_that_drops_a_required_part_is_refused_naming_it(string part, string name)
    {
        var source = DefaultTemplates.For(Sandbox.CongVan);
        Assert.Contains(part, source);

        var refusal = Sandbox.Refusal(source.Replace(part, ""));

        Assert.Contains("Mẫu Công văn thiếu thành phần bắt buộc theo Nghị định 30/2020", refusal.Message);
        Assert.Contains(name, refusal.Message);
    }

    [Fact]
    public void A_part_written_as_text_instead_of_from_its_field_is_missing()
    {
        var source = DefaultTemplates.For(Sandbox.CongVan).Replace("{{ nguoi_ky }}", "Nguyễn Văn Hùng");

        Assert.Contains("họ tên người ký", Sandbox.Refusal(source).Message);
    }

    [Fact]
    public void A_template_can_neither_hide_nor_fake_the_marks_nor_load_anything()
    {
        var body = Sandbox.Compose(Sandbox.CongVanWith(
            "<style>.dau-do-mat{display:none}</style><div class=\"dau-do-mat\" style=\"color:#fff\">TUYỆT MẬT</div>"
            + "<img src=\"http://example.org/x.png\"><script>alert(1)</script><p class=\"noi-dung\" onclick=\"x()\">Đoạn thêm</p>"));

        Assert.DoesNotContain("<style", body);
        Assert.DoesNotContain("style=", body);
        Assert.DoesNotContain("<img", body);
        Assert.DoesNotContain("<script", body);
        Assert.DoesNotContain("onclick", body);
        Assert.Single(body.Split("class=\"dau-do-mat\"").Skip(1));
        Assert.Contains("<p class=\"noi-dung\">Đoạn thêm</p>", body);
    }

    [Fact]
    public void Field_values_are_text_even_through_the_raw_filter()
    {
        var fields = SampleDocument.Fields with { Subject = "<script>alert(1)</script><b class=\"dau-do-mat\">TUYỆT MẬT</b>" };
        var source = DefaultTemplates.For(Sandbox.CongVan).Replace("V/v {{ trich_yeu }}", "V/v {{ trich_yeu | raw }}");

        var body = TemplateRules.Apply(source, Sandbox.CongVan, fields, SampleDocument.Marks, SandboxLimits.Default);

        Assert.DoesNotContain("<script", body);
        Assert.Single(body.Split("class=\"dau-do-mat\"").Skip(1));
    }

    [Fact]
    public void Tuyet_mat_is_refused()
    {
        var refusal = Assert.Throws<TemplateRefusedException>(() => TemplateRules.Apply(DefaultTemplates.For(Sandbox.CongVan), Sandbox.CongVan,
            SampleDocument.Fields, new DocumentMarks(Portal.Access.SecrecyLevel.TuyetMat), SandboxLimits.Default));

        Assert.Contains("Tuyệt mật không được xử lý", refusal.Message);
    }
}
