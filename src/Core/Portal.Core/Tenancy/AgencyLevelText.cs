namespace Portal.Core.Tenancy;

/// <summary>Vietnamese names of agency levels.</summary>
public static class AgencyLevelText
{
    public static string Of(AgencyLevel level) => level switch
    {
        AgencyLevel.CentralOffice => "Cơ quan trung tâm",
        AgencyLevel.Ministry => "Bộ, cơ quan ngang bộ",
        AgencyLevel.Province => "Tỉnh, thành phố",
        AgencyLevel.Department => "Sở, ban, ngành",
        AgencyLevel.Commune => "Xã, phường",
        _ => level.ToString(),
    };
}
