namespace Portal.Incoming.Services;

/// <summary>The register already holds an entry with the same sender, number and date; the clerk goes on only by giving a reason.</summary>
public sealed class DuplicateFoundException(IReadOnlyList<DuplicateCandidate> candidates)
    : Exception("Có thể văn bản này đã được vào sổ. Kiểm tra các văn bản dưới đây; nếu vẫn vào sổ, ghi rõ lý do.")
{
    public IReadOnlyList<DuplicateCandidate> Candidates { get; } = candidates;
}
