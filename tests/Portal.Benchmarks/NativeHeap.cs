using System.Runtime.InteropServices;

namespace Portal.Benchmarks;

/// <summary>
/// glibc keeps memory that native code (SQLite) freed; malloc_trim(0) hands it back to the OS. RSS before
/// and after the trim tells memory still in use from memory the allocator merely retains.
/// </summary>
public static class NativeHeap
{
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);

    public static void Trim()
    {
        if (OperatingSystem.IsLinux())
            MallocTrim(0);
    }
}
