using System.Diagnostics;
using System.Text;

namespace Portal.Templates.Services;

/// <summary>Collects a template's output and stops it past the size limit or the deadline.</summary>
internal sealed class LimitedWriter(SandboxLimits limits, Stopwatch clock) : StringWriter
{
    private readonly StringBuilder _text = new();

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        Check(1);
        _text.Append(value);
    }

    public override void Write(string? value)
    {
        Check(value?.Length ?? 0);
        _text.Append(value);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Check(count);
        _text.Append(buffer, index, count);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Check(buffer.Length);
        _text.Append(buffer);
    }

    public override string ToString() => _text.ToString();

    public void CheckTime()
    {
        if (clock.Elapsed > limits.TimeLimit)
            throw new SandboxStoppedException($"Mẫu chạy quá {limits.TimeLimit.TotalSeconds:0.#} giây và đã bị dừng.");
    }

    private void Check(int more)
    {
        CheckTime();
        if (_text.Length + more > limits.MaxOutputChars)
            throw new SandboxStoppedException($"Mẫu sinh ra quá {limits.MaxOutputChars:N0} ký tự và đã bị dừng.");
    }
}
