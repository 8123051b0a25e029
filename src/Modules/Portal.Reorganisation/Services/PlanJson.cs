using System.Text.Json;

namespace Portal.Reorganisation.Services;

/// <summary>The plan as kept on the reorganisation's row.</summary>
public static class PlanJson
{
    public static string Write(ReorganisationPlan plan) => JsonSerializer.Serialize(plan);

    public static ReorganisationPlan Read(string json) => JsonSerializer.Deserialize<ReorganisationPlan>(json)!;
}
