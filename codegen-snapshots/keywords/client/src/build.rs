//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::build`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildParams {
    pub build2: ::std::option::Option<::std::string::String>,
    pub build3: ::std::option::Option<::std::string::String>,
    pub build4: ::std::option::Option<::std::string::String>,
}
impl BuildParams {
    /// Sets `build2`.
    #[must_use]
    pub fn build2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.build2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `build3`.
    #[must_use]
    pub fn build3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.build3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `build4`.
    #[must_use]
    pub fn build4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.build4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::build`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct BuildOkHeaders {
    pub build: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::build`].
#[derive(Debug, Clone, PartialEq)]
pub enum BuildResponse {
    /// ok
    Ok { body: super::types::Everything, headers: BuildOkHeaders },
}
/// Documented error responses of [`super::Client::build`].
#[derive(Debug, Clone, PartialEq)]
pub enum BuildError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::build_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum BuildPostError {}
impl super::Client {
    /// */ operation build "#
    ///
    /// `GET /op195/{build}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn build(
        &self,
        build: &str,
        params: &BuildParams,
    ) -> ::std::result::Result<BuildResponse, super::Error<BuildError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op195/");
        url.push_str(
            &super::runtime::path_param(
                "build",
                &super::runtime::to_value("build", &build)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.build2 {
            let v = super::runtime::to_value("build", v)?;
            super::runtime::push_param(&mut query, "build", &v, "form", true);
        }
        if let Some(v) = &params.build3 {
            let v = super::runtime::to_value("build", v)?;
            headers.push(("build", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.build4 {
            let v = super::runtime::to_value("build", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "build", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[195usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("build", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "build", method = "GET", path =
            "/op195/{build}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("build", status, &response_headers);
        match status {
            200 => {
                let headers = BuildOkHeaders {
                    build: super::runtime::optional_header(
                        &response_headers,
                        "build",
                        status,
                    )?,
                };
                Ok(BuildResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        BuildError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(BuildError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            BuildError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op195/{build}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn build_post(
        &self,
        build: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<BuildPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op195/");
        url.push_str(
            &super::runtime::path_param(
                "build",
                &super::runtime::to_value("build", &build)?,
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
            .run_request_hooks("build_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "build_post", method = "POST", path =
            "/op195/{build}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("build_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        BuildPostError,
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
