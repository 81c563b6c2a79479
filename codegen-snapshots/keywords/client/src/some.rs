//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::some`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SomeParams {
    pub some2: ::std::option::Option<::std::string::String>,
    pub some3: ::std::option::Option<::std::string::String>,
    pub some4: ::std::option::Option<::std::string::String>,
}
impl SomeParams {
    /// Sets `some2`.
    #[must_use]
    pub fn some2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.some2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `some3`.
    #[must_use]
    pub fn some3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.some3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `some4`.
    #[must_use]
    pub fn some4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.some4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::some`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct SomeOkHeaders {
    pub some: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::some`].
#[derive(Debug, Clone, PartialEq)]
pub enum SomeResponse {
    /// ok
    Ok { body: super::types::Everything, headers: SomeOkHeaders },
}
/// Documented error responses of [`super::Client::some`].
#[derive(Debug, Clone, PartialEq)]
pub enum SomeError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::some_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum SomePostError {}
impl super::Client {
    /// */ operation Some "#
    ///
    /// `GET /op103/{Some}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn some(
        &self,
        some: &str,
        params: &SomeParams,
    ) -> ::std::result::Result<SomeResponse, super::Error<SomeError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op103/");
        url.push_str(
            &super::runtime::path_param(
                "Some",
                &super::runtime::to_value("Some", &some)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.some2 {
            let v = super::runtime::to_value("Some", v)?;
            super::runtime::push_param(&mut query, "Some", &v, "form", true);
        }
        if let Some(v) = &params.some3 {
            let v = super::runtime::to_value("Some", v)?;
            headers.push(("Some", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.some4 {
            let v = super::runtime::to_value("Some", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Some", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[103usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("some", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Some", method = "GET", path =
            "/op103/{Some}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("some", status, &response_headers);
        match status {
            200 => {
                let headers = SomeOkHeaders {
                    some: super::runtime::optional_header(
                        &response_headers,
                        "Some",
                        status,
                    )?,
                };
                Ok(SomeResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        SomeError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(SomeError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            SomeError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op103/{Some}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn some_post(
        &self,
        some: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<SomePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op103/");
        url.push_str(
            &super::runtime::path_param(
                "Some",
                &super::runtime::to_value("Some", &some)?,
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
            .run_request_hooks("some_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Some_post", method = "POST", path =
            "/op103/{Some}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("some_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        SomePostError,
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
