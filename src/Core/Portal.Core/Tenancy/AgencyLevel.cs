namespace Portal.Core.Tenancy;

/// <summary>Where an agency stands in the state apparatus; recipes are chosen by level.</summary>
public enum AgencyLevel
{
    CentralOffice = 0,
    Ministry = 1,
    Province = 2,
    Department = 3,
    Commune = 4,
}
