namespace Portal.Registers;

/// <summary>
/// A register as the modules that write in it see it: the columns it prints, in order, and the
/// tenant's rule on showing subjects (the same for every book of the tenant).
/// </summary>
public sealed record RegistrationBookInfo(int Id, string Code, string Name, RegisterKind Kind, bool IsActive,
    IReadOnlyList<RegisterColumn> Columns, RegisterSubjects Subjects);
