//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::sync`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncParams {
    pub sync2: ::std::option::Option<::std::string::String>,
    pub sync3: ::std::option::Option<::std::string::String>,
    pub sync4: ::std::option::Option<::std::string::String>,
}
impl SyncParams {
    /// Sets `sync2`.
    #[must_use]
    pub fn sync2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sync2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sync3`.
    #[must_use]
    pub fn sync3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sync3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `sync4`.
    #[must_use]
    pub fn sync4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.sync4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::sync`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SyncOkHeaders {
    pub sync: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::sync`].
#[derive(Debug, Clone, PartialEq)]
pub enum SyncResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SyncOkHeaders },
}
/// Documented error responses of [`super::Client::sync`].
#[derive(Debug, Clone, PartialEq)]
pub enum SyncError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::sync_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SyncPostError {}
impl super::Client {
    /// */ operation Sync "#
    ///
    /// `GET /op115/{Sync}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn sync(
        &self,
        sync: &str,
        params: &SyncParams,
    ) -> ::std::result::Result<SyncResponse, super::Error<SyncError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op115/");
        url.push_str(
            &super::runtime::path_param(
                "Sync",
                &super::runtime::to_value("Sync", &sync)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.sync2 {
            let v = super::runtime::to_value("Sync", v)?;
            super::runtime::push_param(&mut query, "Sync", &v, "form", true);
        }
        if let Some(v) = &params.sync3 {
            let v = super::runtime::to_value("Sync", v)?;
            headers.push(("Sync", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.sync4 {
            let v = super::runtime::to_value("Sync", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Sync", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[115usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("sync", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Sync", method = "GET", path =
            "/op115/{Sync}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("sync", status, &response_headers);
        match status {
            200 => {
                let headers = SyncOkHeaders {
                    sync: super::runtime::optional_header(
                        &response_headers,
                        "Sync",
                        status,
                    )?,
                };
                Ok(SyncResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SyncError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SyncError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SyncError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op115/{Sync}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn sync_post(
        &self,
        sync: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SyncPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op115/");
        url.push_str(
            &super::runtime::path_param(
                "Sync",
                &super::runtime::to_value("Sync", &sync)?,
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
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("sync_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Sync_post", method = "POST", path =
            "/op115/{Sync}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("sync_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SyncPostError,
                    >(status, &bytes)?,
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
