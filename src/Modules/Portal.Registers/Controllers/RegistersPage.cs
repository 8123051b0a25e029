using Portal.Registers.Models;

namespace Portal.Registers.Controllers;

public sealed record RegistersPage(IReadOnlyList<RegistrationBook> Books, RegisterSubjects Subjects);
