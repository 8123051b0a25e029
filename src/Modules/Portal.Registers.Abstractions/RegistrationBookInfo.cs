namespace Portal.Registers;

public sealed record RegistrationBookInfo(int Id, string Code, string Name, RegisterKind Kind, bool IsActive);
