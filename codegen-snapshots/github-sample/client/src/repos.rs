//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::repos_list_for_org`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReposListForOrgParams {
    /// Specifies the types of repositories you want returned.
    pub r#type: ::std::option::Option<super::types::ReposListForOrgType>,
    /// The property to sort the results by.
    pub sort: ::std::option::Option<super::types::ReposListForOrgSort>,
    /// The order to sort by. Default: `asc` when using `full_name`, otherwise `desc`.
    pub direction: ::std::option::Option<super::types::ReposListForOrgDirection>,
    /// The number of results per page (max 100). For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub per_page: ::std::option::Option<i64>,
    /// The page number of the results to fetch. For more information, see "[Using pagination in the REST API](https://docs.github.com/rest/using-the-rest-api/using-pagination-in-the-rest-api)."
    pub page: ::std::option::Option<i64>,
}
impl ReposListForOrgParams {
    /// Sets `type`.
    #[must_use]
    pub fn r#type(
        mut self,
        value: impl ::std::convert::Into<super::types::ReposListForOrgType>,
    ) -> Self {
        self.r#type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sort`.
    #[must_use]
    pub fn sort(
        mut self,
        value: impl ::std::convert::Into<super::types::ReposListForOrgSort>,
    ) -> Self {
        self.sort = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `direction`.
    #[must_use]
    pub fn direction(
        mut self,
        value: impl ::std::convert::Into<super::types::ReposListForOrgDirection>,
    ) -> Self {
        self.direction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `per_page`.
    #[must_use]
    pub fn per_page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.per_page = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `page`.
    #[must_use]
    pub fn page(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.page = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::repos_list_for_org`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReposListForOrgOkHeaders {
    pub link: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::repos_list_for_org`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReposListForOrgResponse {
    /// Response
    Ok {
        body: ::std::vec::Vec<super::types::MinimalRepository>,
        headers: ReposListForOrgOkHeaders,
    },
}
/// Documented error responses of [`super::Client::repos_list_for_org`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReposListForOrgError {}
/// Documented error responses of [`super::Client::repos_get`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReposGetError {
    /// Moved permanently
    MovedPermanently(super::types::BasicError),
    /// Forbidden
    Forbidden(super::types::BasicError),
    /// Resource not found
    NotFound(super::types::BasicError),
}
/// Successful responses of [`super::Client::repos_create_or_update_file_contents`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReposCreateOrUpdateFileContentsResponse {
    /// Response
    Ok(super::types::FileCommit),
    /// Response
    Created(super::types::FileCommit),
}
/// Documented error responses of [`super::Client::repos_create_or_update_file_contents`].
#[derive(Debug, Clone, PartialEq)]
pub enum ReposCreateOrUpdateFileContentsError {
    /// Resource not found
    NotFound(super::types::BasicError),
    /// Conflict
    Conflict(super::types::ReposCreateOrUpdateFileContentsConflictBody),
    /// Validation failed, or the endpoint has been spammed.
    UnprocessableEntity(super::types::ValidationError),
}
impl super::Client {
    /// List organization repositories
    ///
    /// Lists repositories for the specified organization.
    ///
    /// > [!NOTE]
    /// > In order to see the `security_and_analysis` block for a repository you must have admin permissions for the repository or be an owner or security manager for the organization that owns the repository. For more information, see "[Managing security managers in your organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
    ///
    /// `GET /orgs/{org}/repos`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn repos_list_for_org(
        &self,
        org: &str,
        params: &ReposListForOrgParams,
    ) -> ::std::result::Result<
        ReposListForOrgResponse,
        super::Error<ReposListForOrgError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/orgs/");
        url.push_str(
            &super::runtime::path_param(
                "org",
                &super::runtime::to_value("org", &org)?,
                "simple",
                false,
            ),
        );
        url.push_str("/repos");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.r#type {
            let v = super::runtime::to_value("type", v)?;
            super::runtime::push_param(&mut query, "type", &v, "form", true);
        }
        if let Some(v) = &params.sort {
            let v = super::runtime::to_value("sort", v)?;
            super::runtime::push_param(&mut query, "sort", &v, "form", true);
        }
        if let Some(v) = &params.direction {
            let v = super::runtime::to_value("direction", v)?;
            super::runtime::push_param(&mut query, "direction", &v, "form", true);
        }
        if let Some(v) = &params.per_page {
            let v = super::runtime::to_value("per_page", v)?;
            super::runtime::push_param(&mut query, "per_page", &v, "form", true);
        }
        if let Some(v) = &params.page {
            let v = super::runtime::to_value("page", v)?;
            super::runtime::push_param(&mut query, "page", &v, "form", true);
        }
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("repos_list_for_org", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "repos/list-for-org", method = "GET", path =
            "/orgs/{org}/repos", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("repos_list_for_org", status, &response_headers);
        match status {
            200 => {
                let headers = ReposListForOrgOkHeaders {
                    link: super::runtime::optional_header(
                        &response_headers,
                        "Link",
                        status,
                    )?,
                };
                Ok(ReposListForOrgResponse::Ok {
                    body: super::runtime::decode_json::<
                        ::std::vec::Vec<super::types::MinimalRepository>,
                        ReposListForOrgError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
    /// Streaming variant of [`Self::repos_list_for_org`].
    ///
    /// Pages are followed through the `Link` header's `rel="next"` URL (its `page` parameter).
    ///
    /// Each item comes as its page arrives; a page is fetched when the one before is used up. The stream ends after the last page, or with an error item (a failed page, a server that repeats a page or a cursor, or `runtime::MAX_PAGES` pages). `StreamExt::take` stops it earlier.
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub fn repos_list_for_org_stream<'a>(
        &'a self,
        org: &'a str,
        params: ReposListForOrgParams,
    ) -> super::runtime::ItemStream<
        'a,
        super::types::MinimalRepository,
        ReposListForOrgError,
    > {
        super::runtime::paginate(move |cursor: ::std::option::Option<i64>| {
            let mut params = params.clone();
            let org = org;
            if let Some(c) = cursor {
                params.page = Some(c);
            }
            async move {
                let ReposListForOrgResponse::Ok { body: page, headers } = self
                    .repos_list_for_org(org, &params)
                    .await?;
                let items: ::std::vec::Vec<super::types::MinimalRepository> = page;
                let next = headers
                    .link
                    .as_deref()
                    .and_then(super::runtime::next_link_in)
                    .and_then(|u| super::runtime::query_value(&u, "page"))
                    .and_then(|v| v.parse::<i64>().ok());
                Ok(super::runtime::Page {
                    items,
                    next,
                    status: 200,
                })
            }
        })
    }
    /// Get a repository
    ///
    /// The `parent` and `source` objects are present when the repository is a fork. `parent` is the repository this repository was forked from, `source` is the ultimate source for the network.
    ///
    /// > [!NOTE]
    /// > - In order to see the `security_and_analysis` block for a repository you must have admin permissions for the repository or be an owner or security manager for the organization that owns the repository. For more information, see "[Managing security managers in your organization](https://docs.github.com/organizations/managing-peoples-access-to-your-organization-with-roles/managing-security-managers-in-your-organization)."
    /// > - To view merge-related settings, you must have the `contents:read` and `contents:write` permissions.
    ///
    /// `GET /repos/{owner}/{repo}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn repos_get(
        &self,
        owner: &str,
        repo: &str,
    ) -> ::std::result::Result<
        super::types::FullRepository,
        super::Error<ReposGetError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/repos/");
        url.push_str(
            &super::runtime::path_param(
                "owner",
                &super::runtime::to_value("owner", &owner)?,
                "simple",
                false,
            ),
        );
        url.push_str("/");
        url.push_str(
            &super::runtime::path_param(
                "repo",
                &super::runtime::to_value("repo", &repo)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self
            .run_request_hooks("repos_get", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "repos/get", method = "GET", path =
            "/repos/{owner}/{repo}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("repos_get", status, &response_headers);
        match status {
            200 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::FullRepository,
                        ReposGetError,
                    >(status, &bytes)?,
                )
            }
            301 => {
                Err(
                    super::Error::Api(
                        ReposGetError::MovedPermanently(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                ReposGetError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            403 => {
                Err(
                    super::Error::Api(
                        ReposGetError::Forbidden(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                ReposGetError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            404 => {
                Err(
                    super::Error::Api(
                        ReposGetError::NotFound(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                ReposGetError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
    /// Create or update file contents
    ///
    /// Creates a new file or replaces an existing file in a repository.
    ///
    /// > [!NOTE]
    /// > If you use this endpoint and the "[Delete a file](https://docs.github.com/rest/repos/contents/#delete-a-file)" endpoint in parallel, the concurrent requests will conflict and you will receive errors. You must use these endpoints serially instead.
    ///
    /// OAuth app tokens and personal access tokens (classic) need the `repo` scope to use this endpoint. The `workflow` scope is also required in order to modify files in the `.github/workflows` directory.
    ///
    /// `PUT /repos/{owner}/{repo}/contents/{path}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn repos_create_or_update_file_contents(
        &self,
        owner: &str,
        repo: &str,
        path: &str,
        body: &super::types::ReposCreateOrUpdateFileContentsBody,
    ) -> ::std::result::Result<
        ReposCreateOrUpdateFileContentsResponse,
        super::Error<ReposCreateOrUpdateFileContentsError>,
    > {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/repos/");
        url.push_str(
            &super::runtime::path_param(
                "owner",
                &super::runtime::to_value("owner", &owner)?,
                "simple",
                false,
            ),
        );
        url.push_str("/");
        url.push_str(
            &super::runtime::path_param(
                "repo",
                &super::runtime::to_value("repo", &repo)?,
                "simple",
                false,
            ),
        );
        url.push_str("/contents/");
        url.push_str(
            &super::runtime::path_param(
                "path",
                &super::runtime::to_value("path", &path)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::PUT, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("repos_create_or_update_file_contents", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "repos/create-or-update-file-contents",
            method = "PUT", path = "/repos/{owner}/{repo}/contents/{path}", status =
            ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks(
            "repos_create_or_update_file_contents",
            status,
            &response_headers,
        );
        match status {
            200 => {
                Ok(
                    ReposCreateOrUpdateFileContentsResponse::Ok(
                        super::runtime::decode_json::<
                            super::types::FileCommit,
                            ReposCreateOrUpdateFileContentsError,
                        >(status, &bytes)?,
                    ),
                )
            }
            201 => {
                Ok(
                    ReposCreateOrUpdateFileContentsResponse::Created(
                        super::runtime::decode_json::<
                            super::types::FileCommit,
                            ReposCreateOrUpdateFileContentsError,
                        >(status, &bytes)?,
                    ),
                )
            }
            404 => {
                Err(
                    super::Error::Api(
                        ReposCreateOrUpdateFileContentsError::NotFound(
                            super::runtime::decode_json::<
                                super::types::BasicError,
                                ReposCreateOrUpdateFileContentsError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            409 => {
                Err(
                    super::Error::Api(
                        ReposCreateOrUpdateFileContentsError::Conflict(
                            super::runtime::decode_json::<
                                super::types::ReposCreateOrUpdateFileContentsConflictBody,
                                ReposCreateOrUpdateFileContentsError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            422 => {
                Err(
                    super::Error::Api(
                        ReposCreateOrUpdateFileContentsError::UnprocessableEntity(
                            super::runtime::decode_json::<
                                super::types::ValidationError,
                                ReposCreateOrUpdateFileContentsError,
                            >(status, &bytes)?,
                        ),
                    ),
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
