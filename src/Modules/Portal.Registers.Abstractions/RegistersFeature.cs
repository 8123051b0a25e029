namespace Portal.Registers;

public static class RegistersFeature
{
    public const string Id = "Portal.Registers";
}
