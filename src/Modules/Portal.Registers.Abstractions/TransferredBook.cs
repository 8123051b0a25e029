namespace Portal.Registers;

/// <summary>
/// The code of a source's register copied closed into the target of a merge: its own code and the source's place
/// (1, 2, …), so two sources' books of the same code stay apart and keep their numbers.
/// </summary>
public static class TransferredBook
{
    public static string Code(string code, int sourceIndex) => $"{code}.{sourceIndex + 1}";
}
