# The portal as a container: built with the SDK, run on the ASP.NET runtime image.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Raaqj.Web/Raaqj.Web.csproj src/Raaqj.Web/
RUN dotnet restore src/Raaqj.Web/Raaqj.Web.csproj
COPY src/ src/
RUN dotnet publish src/Raaqj.Web/Raaqj.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
# Writable by the unprivileged user: mail pickup folder, logs (and the SQLite file when that provider is used).
RUN mkdir -p /app/data && chown app /app/data
ENV ASPNETCORE_HTTP_PORTS=8080 \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "Raaqj.Web.dll"]
