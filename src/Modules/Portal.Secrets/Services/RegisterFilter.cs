using Portal.Access;
using Portal.Secrets.Models;

namespace Portal.Secrets.Services;

/// <summary>The register's filters as the page and the API take them: level "mat", "toi-mat" or "giai-mat"; status "dang-bao-ve", "da-giai-mat" or "da-tieu-huy".</summary>
public sealed record RegisterFilter(string? Level, string? Status)
{
    public SecrecyLevel? LevelValue => Level switch
    {
        "mat" => SecrecyLevel.Mat,
        "toi-mat" => SecrecyLevel.ToiMat,
        "giai-mat" => SecrecyLevel.Declassified,
        _ => null,
    };

    public SecretStatus? StatusValue => Status switch
    {
        "dang-bao-ve" => SecretStatus.Protected,
        "da-giai-mat" => SecretStatus.Declassified,
        "da-tieu-huy" => SecretStatus.Destroyed,
        _ => null,
    };
}
