global using Microsoft.Playwright;
global using Portal.Testing;
global using Xunit;
