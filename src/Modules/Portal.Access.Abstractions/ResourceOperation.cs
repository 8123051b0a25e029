namespace Portal.Access;

/// <summary>What a route does with a protected resource; copies that leave the system need step-up at Tối mật.</summary>
public enum ResourceOperation
{
    Read = 0,
    Download = 1,
    Print = 2,
    Export = 3,
    Change = 4,
}
