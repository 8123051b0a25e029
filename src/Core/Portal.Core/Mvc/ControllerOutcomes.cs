using Microsoft.AspNetCore.Mvc;

namespace Portal.Core.Mvc;

/// <summary>
/// The post-redirect-get of an action button: run it, put its Vietnamese outcome (done, or the
/// reasons it was refused) in the flash message the layout shows, and go back to the page.
/// </summary>
public static class ControllerOutcomes
{
    public static async Task<IActionResult> RunAndReturnAsync(this Controller controller, Func<Task> action, string done,
        Func<IActionResult> back)
    {
        try
        {
            await action();
            controller.TempData["Message"] = done;
        }
        catch (RequestRefusedException e)
        {
            controller.TempData["Error"] = string.Join(" ", e.Errors);
        }
        return back();
    }
}
