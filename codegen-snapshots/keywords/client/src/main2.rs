//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::main`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MainParams {
    pub main2: ::std::option::Option<::std::string::String>,
    pub main3: ::std::option::Option<::std::string::String>,
    pub main4: ::std::option::Option<::std::string::String>,
}
impl MainParams {
    /// Sets `main2`.
    #[must_use]
    pub fn main2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.main2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `main3`.
    #[must_use]
    pub fn main3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.main3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `main4`.
    #[must_use]
    pub fn main4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.main4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::main`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct MainOkHeaders {
    pub main: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::main`].
#[derive(Debug, Clone, PartialEq)]
pub enum MainResponse {
    /// ok
    Ok { body: super::types::Everything, headers: MainOkHeaders },
}
/// Documented error responses of [`super::Client::main`].
#[derive(Debug, Clone, PartialEq)]
pub enum MainError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::main_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum MainPostError {}
impl super::Client {
    /// */ operation main "#
    ///
    /// `GET /op202/{main}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn main(
        &self,
        main: &str,
        params: &MainParams,
    ) -> ::std::result::Result<MainResponse, super::Error<MainError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op202/");
        url.push_str(
            &super::runtime::path_param(
                "main",
                &super::runtime::to_value("main", &main)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.main2 {
            let v = super::runtime::to_value("main", v)?;
            super::runtime::push_param(&mut query, "main", &v, "form", true);
        }
        if let Some(v) = &params.main3 {
            let v = super::runtime::to_value("main", v)?;
            headers.push(("main", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.main4 {
            let v = super::runtime::to_value("main", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "main", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[202usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("main", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "main", method = "GET", path =
            "/op202/{main}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("main", status, &response_headers);
        match status {
            200 => {
                let headers = MainOkHeaders {
                    main: super::runtime::optional_header(
                        &response_headers,
                        "main",
                        status,
                    )?,
                };
                Ok(MainResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        MainError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(MainError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            MainError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op202/{main}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn main_post(
        &self,
        main: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<MainPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op202/");
        url.push_str(
            &super::runtime::path_param(
                "main",
                &super::runtime::to_value("main", &main)?,
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
            .run_request_hooks("main_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "main_post", method = "POST", path =
            "/op202/{main}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("main_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        MainPostError,
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
