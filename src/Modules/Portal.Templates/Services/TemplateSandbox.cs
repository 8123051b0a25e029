using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;

namespace Portal.Templates.Services;

/// <summary>
/// Runs a Liquid template written by a tenant admin, who is trusted with layout but not with the server:
/// the model is plain strings and lists (no .NET object to reach), no member is registered for access,
/// include/render find no file, unknown variables and filters are errors, and the limits stop endless
/// loops, huge output and slow templates. Every refusal is Vietnamese and names the line when known.
/// </summary>
internal static partial class TemplateSandbox
{
    private static readonly FluidParser Parser = new();
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly string[] AllowedMembers = ["size", "first", "last"];

    public static string Render(string source, DocumentFields fields, SandboxLimits limits)
    {
        CheckSource(source);
        if (!Parser.TryParse(source, out var template, out var error))
            throw ParseRefusal(error);

        var clock = Stopwatch.StartNew();
        using var output = new LimitedWriter(limits, clock);
        var context = new TemplateContext(Options(source, limits, output)) { AllowModelMembers = false };
        foreach (var variable in TemplateVariables.All)
            context.SetValue(variable.Name, Value(variable.Read(fields)));
        try
        {
            // Nothing a template reaches is asynchronous (no file, no network), so the render completes in this call.
            template.RenderAsync(output, context, Encoder, false).GetAwaiter().GetResult();
        }
        catch (SandboxStoppedException stop)
        {
            throw new TemplateRefusedException(stop.Message);
        }
        catch (InvalidOperationException e) when (e.Message.Contains("maximum", StringComparison.Ordinal))
        {
            var line = FirstLine(source, LoopTag());
            throw new TemplateRefusedException(
                $"Mẫu chạy quá {limits.MaxSteps:N0} bước và đã bị dừng{At(line)}: có thể là một vòng lặp không dừng.", line);
        }
        catch (Exception e) when (e is not TemplateRefusedException)
        {
            throw new TemplateRefusedException($"Mẫu gặp lỗi khi chạy: {e.Message}");
        }
        return output.ToString();
    }

    private static TemplateOptions Options(string source, SandboxLimits limits, LimitedWriter output)
    {
        var options = new TemplateOptions
        {
            MaxSteps = limits.MaxSteps,
            MaxRecursion = 10,
            FileProvider = new NullFileProvider(),
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            StrictFilters = true,
        };
        options.Undefined = name =>
        {
            var line = FirstLine(source, new Regex($@"\b{Regex.Escape(name)}\b"));
            throw new TemplateRefusedException($"Mẫu dùng '{name}'{At(line)}, không phải một trường của văn bản.", line);
        };
        options.Assigned = (_, value, _) =>
        {
            output.CheckTime();
            if (value.ToStringValue().Length > limits.MaxOutputChars)
                throw new SandboxStoppedException($"Một biến của mẫu vượt quá {limits.MaxOutputChars:N0} ký tự và mẫu đã bị dừng.");
            return value;
        };
        return options;
    }

    /// <summary>What no template may write, caught before it runs: reading files and reaching members other than a list's size, first and last (and the loop's own forloop.*).</summary>
    private static void CheckSource(string source)
    {
        foreach (Match tag in Tag().Matches(source))
        {
            var code = QuotedText().Replace(tag.Value, "\"\"");
            var file = FileTag().Match(code);
            if (file.Success)
                throw Refusal(source, tag.Index, $"Mẫu không được đọc tệp khác (thẻ '{file.Groups[1].Value}')");
            foreach (Match chain in MemberChain().Matches(code))
            {
                var names = chain.Value.Split('.').Select(n => n.Trim()).ToList();
                if (names[0] == "forloop")
                    continue;
                for (var i = 1; i < names.Count; i++)
                {
                    if (!AllowedMembers.Contains(names[i]))
                        throw Refusal(source, tag.Index + chain.Index,
                            $"Mẫu không được truy cập '{names[i - 1]}.{names[i]}': chỉ dùng được các trường của văn bản và .size, .first, .last của danh sách");
                }
            }
        }
    }

    private static TemplateRefusedException Refusal(string source, int index, string message)
    {
        var line = LineOf(source, index);
        return new TemplateRefusedException($"{message} (dòng {line}).", line);
    }

    private static TemplateRefusedException ParseRefusal(string error)
    {
        var position = Position().Match(error);
        var detail = error.Split('\n')[0].Trim();
        if (!position.Success)
            return new TemplateRefusedException($"Mẫu sai cú pháp Liquid: {detail}.");
        var line = int.Parse(position.Groups[1].Value);
        return new TemplateRefusedException($"Mẫu sai cú pháp Liquid ở dòng {line}, cột {position.Groups[2].Value} ({detail}).", line);
    }

    private static FluidValue Value(object value) => value switch
    {
        IReadOnlyList<string> list => new ArrayValue(list.Select(s => (FluidValue)new StringValue(s)).ToArray()),
        string text => new StringValue(text),
        _ => throw new ArgumentException("Only strings and lists of strings reach a template.", nameof(value)),
    };

    private static int? FirstLine(string source, Regex pattern)
    {
        var match = pattern.Match(source);
        return match.Success ? LineOf(source, match.Index) : null;
    }

    private static int LineOf(string source, int index) => source.AsSpan(0, index).Count('\n') + 1;

    private static string At(int? line) => line is { } l ? $" ở dòng {l}" : "";

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex Tag();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"^\{%-?\s*(include|render|layout|section)\b")]
    private static partial Regex FileTag();

    [GeneratedRegex(@"(?:[A-Za-z_][A-Za-z0-9_]*|\])(?:\s*\.\s*[A-Za-z_][A-Za-z0-9_]*)+")]
    private static partial Regex MemberChain();

    [GeneratedRegex(@"\{%-?\s*(for|tablerow|cycle)\b")]
    private static partial Regex LoopTag();

    [GeneratedRegex(@"\((\d+):(\d+)\)")]
    private static partial Regex Position();
}
