using Portal.Incoming.Services;
using Portal.Registers;

namespace Portal.Incoming.Controllers;

/// <summary>The registration form: what was typed, what is wrong with it, and the possible duplicates to look at before saving.</summary>
public sealed class RegisterPage
{
    public RegistrationInput Input { get; init; } = new();
    public IReadOnlyList<string> Errors { get; init; } = [];
    public IReadOnlyList<DuplicateCandidate> Duplicates { get; init; } = [];
    public IReadOnlyList<RegistrationBookInfo> Books { get; init; } = [];
    public IReadOnlyList<Person> Addressees { get; init; } = [];
    public string Now { get; init; } = "";
}
